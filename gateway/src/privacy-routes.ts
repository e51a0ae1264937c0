import type http from 'node:http';
import { GraphQLError } from 'graphql';
import {
  PRINCIPAL_HEADER,
  PRIVACY_PATHS,
  RETRY_AFTER_SECONDS,
  badUserInput,
  domainInChinese,
  forbidden,
  headerValue,
  isId,
  localizeError,
  preferredLanguage,
  refusalStatus,
  sendJson,
  serviceUnavailable,
  signPrincipal,
  unauthenticated,
  unavailableMessage,
  unavailableMessageZh,
  type AccessLogEntry,
  type Domain,
  type LocalizableError,
  type Logger,
  type Principal,
  type PrincipalSigner,
  type PrivacyAction,
  type Route,
} from '@nef/kit';
import { varyWith } from './i18n';

/** What a copy of the worker's data or their access log costs the caller's rate limit: four services each read everything about the worker. */
export const PRIVACY_READ_COST = 10;
/** What closing an account costs the caller's rate limit. */
export const PRIVACY_CLOSE_COST = 10;

/** How long each service may take to answer. */
const TIMEOUT_MS = 15_000;

/** The most a close request's body may hold: `{"confirm": "CLOSE"}` with room for whitespace. */
const MAX_CLOSE_BODY_BYTES = 1024;

/** The word a close request must carry, so that a stray POST cannot close an account. */
export const CLOSE_CONFIRMATION = 'CLOSE';

/** The services in the order an export lists them: the union, which holds the identity, first. */
const SERVICES: readonly Domain[] = ['union', 'stations', 'training', 'governance'];

/**
 * Closed first, in parallel. The union service closes last: it erases the identity and unlinks
 * every platform account, after which no partner can act for the worker again, so a close that
 * failed half-way must still be finishable by the partner that started it.
 */
const CLOSED_BEFORE_UNION: readonly Domain[] = ['stations', 'training', 'governance'];

export interface PrivacyRoutesOptions {
  /** A service's /graphql URL; its privacy routes sit beside it. */
  graphqlUrl: (service: Domain) => string;
  /** The caller's principal from its API key and X-Acting-Worker; throws a coded GraphQLError to refuse. */
  authenticate: (req: http.IncomingMessage) => Promise<Principal>;
  /** Charges the caller's rate limit; throws RATE_LIMITED to refuse. */
  charge: (principal: Principal, req: http.IncomingMessage, cost: number) => Promise<{ remaining: number } | undefined>;
  /** The key principals are signed with, one per service and body, as for /graphql. */
  signer: PrincipalSigner;
  log: Logger;
  /** The time an export or a close is stamped with; tests set it. */
  now?: () => Date;
  /**
   * Told of a worker whose account was closed, once every service has closed it: the gateway
   * forgets its accounts at once (other gateways when they hear the union's links version move).
   */
  onClosed?: (workerId: string) => void | Promise<void>;
}

/** What one service answered: its JSON, or that it refused (403) or could not answer. */
type Outcome = { service: Domain; ok: true; body: Record<string, unknown> } | { service: Domain; ok: false; refused: boolean };

/**
 * A worker's rights over their data (PIPL arts. 44 to 47) in one request each, asked of all
 * four services and joined here (each service's side: the kit's privacy.ts):
 *
 * - `GET /privacy/access-log`: who read the worker's data, every service's entries merged,
 *   newest first, each naming its service.
 * - `GET /privacy/export`: everything each service holds about the worker, as a JSON download.
 * - `POST /privacy/close` with `{"confirm": "CLOSE"}` (and, from a partner, the `challengeId`
 *   and `code` of requestAccountClosure: the worker's own word, checked by the union first):
 *   closes the account in every service, the union last, then the others once more.
 *
 * Who: a partner key with X-Acting-Worker, for that worker; an admin or union operator key with
 * `?worker=<worker id>` (a closure asked for in person). Each service checks the same again
 * from the principal signed for it.
 *
 * All or nothing to the caller: an export or access log missing one service's part would pass
 * for a complete one, so any service that cannot answer makes the whole answer 503, naming it.
 * Refusals are shaped as the API's other errors (`errors[].extensions.code`), in the caller's
 * language; nothing here is cached (`Cache-Control: no-store`).
 */
export function privacyRoutes(opts: PrivacyRoutesOptions): Record<string, Route> {
  const now = opts.now ?? (() => new Date());

  const route =
    (action: PrivacyAction): Route =>
    async (req, res) => {
      res.setHeader('cache-control', 'no-store');
      res.setHeader('vary', varyWith(res.getHeader('vary'), 'Accept-Language'));
      const language = preferredLanguage(headerValue(req, 'accept-language'));
      const refuse = (status: number, errors: GraphQLError[]) => {
        if (status === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        sendJson(res, status, { errors: errors.map((e) => localizeError(formatted(e), language)) });
      };

      const method = action === 'close' ? 'POST' : 'GET';
      if (req.method !== method) {
        res.setHeader('allow', method);
        return refuse(405, [new GraphQLError(`use ${method}`, { extensions: { code: 'BAD_REQUEST' } })]);
      }

      let principal: Principal;
      let workerId: string;
      let proof: CloseProof = {};
      try {
        principal = await keyedPrincipal(req);
        const charged = await opts.charge(principal, req, action === 'close' ? PRIVACY_CLOSE_COST : PRIVACY_READ_COST);
        if (charged) res.setHeader('ratelimit-remaining', String(Math.floor(charged.remaining)));
        workerId = workerOf(principal, req.url ?? '/');
        if (action === 'close') proof = await requireConfirmation(req);
      } catch (err) {
        if (!(err instanceof GraphQLError) || err.extensions.code === undefined) throw err;
        const retryAfter = err.extensions.retryAfterSeconds;
        if (typeof retryAfter === 'number') res.setHeader('retry-after', String(retryAfter));
        const status = (err.extensions.http as { status?: number } | undefined)?.status ?? refusalStatus(err.extensions.code);
        return refuse(status, [err]);
      }

      const ask = (services: readonly Domain[], as: PrivacyAction = action) => Promise.all(services.map((s) => askService(s, as, principal, workerId)));
      if (action === 'close') {
        // The worker's say first: the union checks the code she received (staff: in person).
        const authorized = await authorize(principal, workerId, proof);
        if (!authorized.ok) {
          opts.log.warn({ workerId, keyId: principal.keyId, status: authorized.status }, 'worker account not closed: not authorised');
          return refuse(authorized.status, authorized.errors);
        }
        const first = await ask(CLOSED_BEFORE_UNION);
        const union = failureOf(first) ? [] : await ask(['union']);
        // Once the union has closed, nobody can act for the worker any more: closing the others
        // again removes what was made while the first round ran (each close is idempotent).
        const again = failureOf([...first, ...union]) ? [] : await ask(CLOSED_BEFORE_UNION);
        const failure = failureOf([...first, ...union, ...again]);
        if (failure) {
          opts.log.warn({ workerId, keyId: principal.keyId, failed: failure.services }, 'worker account not closed: a service did not close it');
          return refuse(failure.status, failure.errors);
        }
        const closed = sumParts(partsOf([...first, ...union], 'closed'), partsOf(again, 'closed'));
        opts.log.info({ workerId, keyId: principal.keyId, closed }, 'worker account closed');
        await opts.onClosed?.(workerId);
        return sendJson(res, 200, { workerId, closedAt: now().toISOString(), services: closed });
      }

      const outcomes = await ask(SERVICES);
      const failure = failureOf(outcomes);
      if (failure) return refuse(failure.status, failure.errors);
      if (action === 'export') {
        res.setHeader('content-disposition', `attachment; filename="worker-data-${workerId}.json"`);
        return sendJson(res, 200, { workerId, exportedAt: now().toISOString(), services: partsOf(outcomes, 'data') });
      }
      const entries = outcomes
        .flatMap((o) => (o.ok ? (o.body.entries as AccessLogEntry[]).map((e) => ({ ...e, service: o.service })) : []))
        .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
      return sendJson(res, 200, { workerId, entries });
    };

  /**
   * Asks the union whether the worker asked for the close: a partner's proof is the code sent to
   * her phone (requestAccountClosure); union staff and admins close in person. The union's refusal
   * (its code, reason, attempts left) is passed on as it is.
   */
  async function authorize(principal: Principal, workerId: string, proof: CloseProof): Promise<{ ok: true } | { ok: false; status: number; errors: GraphQLError[] }> {
    try {
      const res = await postSigned('union', 'authorizeClose', principal, { workerId, ...proof });
      const answer = (await res.json().catch(() => ({}))) as { authorized?: boolean; error?: string; message?: string; [k: string]: unknown };
      if (res.status === 200 && answer.authorized === true) return { ok: true };
      if ([400, 403, 404, 409, 429].includes(res.status) && typeof answer.error === 'string') {
        const { error, message, service: _service, ...extensions } = answer;
        return { ok: false, status: res.status, errors: [new GraphQLError(message ?? 'the close was not authorised', { extensions: { code: error, ...extensions } })] };
      }
      throw new Error(`HTTP ${res.status}`);
    } catch (err) {
      opts.log.warn({ action: 'authorizeClose', err: (err as Error).message }, 'privacy request: the union could not answer');
      return { ok: false, status: 503, errors: [serviceUnavailable(unavailableMessage('union'), { service: 'union' }, unavailableMessageZh('union'))] };
    }
  }

  /** POSTs `payload` to one of a service's privacy routes, with the principal signed for that service over that very body. */
  function postSigned(service: Domain, action: PrivacyAction, principal: Principal, payload: Record<string, unknown>): Promise<Response> {
    const body = JSON.stringify(payload);
    return fetch(opts.graphqlUrl(service).replace(/\/graphql$/, PRIVACY_PATHS[action]), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: signPrincipal(principal, opts.signer, { audience: service, body }) },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  }

  /** The caller's principal; these routes need an API key, and say so before anything else. */
  async function keyedPrincipal(req: http.IncomingMessage): Promise<Principal> {
    if (!headerValue(req, 'authorization')) throw needsKey();
    const principal = await opts.authenticate(req);
    if (!principal.keyId) throw needsKey();
    return principal;
  }

  /**
   * Asks one service, signing the caller's principal for it over the exact body sent. Resolves
   * to what it answered; a network error, a timeout, a status other than 200 and 403, or an
   * answer without the part expected all count as "could not answer".
   */
  async function askService(service: Domain, action: PrivacyAction, principal: Principal, workerId: string): Promise<Outcome> {
    try {
      const res = await postSigned(service, action, principal, { workerId });
      const text = await res.text();
      if (res.status === 403) {
        opts.log.warn({ service, action, workerId }, 'privacy request refused by the service');
        return { service, ok: false, refused: true };
      }
      const answer = res.status === 200 ? (JSON.parse(text) as Record<string, unknown>) : undefined;
      if (!answer || !hasPart(answer, action)) throw new Error(`HTTP ${res.status}${answer ? ' without its part' : ''}`);
      return { service, ok: true, body: answer };
    } catch (err) {
      opts.log.warn({ service, action, err: (err as Error).message }, 'privacy request: the service could not answer');
      return { service, ok: false, refused: false };
    }
  }

  return {
    [PRIVACY_PATHS.accessLog]: route('accessLog'),
    [PRIVACY_PATHS.export]: route('export'),
    [PRIVACY_PATHS.close]: route('close'),
  };
}

const needsKey = () =>
  unauthenticated(
    'a worker’s data needs an API key: send Authorization: Bearer <API key>',
    '劳动者的数据须凭API密钥访问：请发送Authorization: Bearer <API密钥>',
  );

/**
 * The worker the request is for: a partner's acting worker (X-Acting-Worker), or the worker an
 * admin or union operator names in `?worker=`. A partner never names one: only the account it
 * acts for is the worker's own request. Checked to be a worker id before any service is asked.
 */
export function workerOf(principal: Principal, url: string): string {
  const named = new URL(url, 'http://localhost').searchParams.get('worker');
  let workerId: string;
  if (principal.role === 'partner') {
    if (named !== null) {
      throw forbidden('partners act for the worker named in X-Acting-Worker and never name one with ?worker=', '合作平台只能代X-Acting-Worker所指的劳动者操作，不得以?worker=指定劳动者');
    }
    // The kit's message, with its Chinese from the kit's catalog.
    if (!principal.workerId) throw badUserInput('act for a worker: send X-Acting-Worker with the worker’s account id on your platform');
    workerId = principal.workerId;
  } else if (principal.role === 'admin' || (principal.role === 'operator' && principal.domain === 'union')) {
    if (!named) throw badUserInput('name the worker: ?worker=<worker id>', { field: 'worker' }, '请指定劳动者：?worker=<劳动者ID>');
    workerId = named;
  } else {
    throw forbidden(
      'only the partner acting for the worker, union operators and admins may do this',
      '只有代劳动者操作的合作平台、工会运营方和管理员可以执行此操作',
    );
  }
  if (!isId(workerId)) {
    const shown = workerId.slice(0, 64);
    throw badUserInput(`worker must be a worker id (a UUID), got "${shown}"`, { field: 'worker' }, `「worker」须为劳动者ID（UUID），收到"${shown}"`);
  }
  return workerId;
}

/** What a partner sends to show the worker asked for the close: the challenge and the code she received. */
interface CloseProof {
  challengeId?: string;
  code?: string;
}

/**
 * Refuses a close without the JSON body `{"confirm": "CLOSE"}`; returns the proof it carries
 * (`challengeId`, `code`: what a partner must add, see requestAccountClosure).
 */
async function requireConfirmation(req: http.IncomingMessage): Promise<CloseProof> {
  const refused = () =>
    badUserInput(
      `closing an account needs the JSON body {"confirm": "${CLOSE_CONFIRMATION}"}`,
      { field: 'confirm' },
      `注销账户须发送JSON请求体{"confirm": "${CLOSE_CONFIRMATION}"}`,
    );
  if (!/^application\/json\b/i.test(headerValue(req, 'content-type') ?? '')) throw refused();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_CLOSE_BODY_BYTES) throw refused();
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw refused();
  }
  if (!body || typeof body !== 'object' || (body as { confirm?: unknown }).confirm !== CLOSE_CONFIRMATION) throw refused();
  const { challengeId, code } = body as { challengeId?: unknown; code?: unknown };
  return {
    ...(typeof challengeId === 'string' ? { challengeId: challengeId.slice(0, 64) } : {}),
    ...(typeof code === 'string' ? { code: code.slice(0, 16) } : {}),
  };
}

/** Two rounds of closes added up, per service and kind. */
function sumParts(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [service, counts] of Object.entries(b)) {
    const base = (out[service] ?? {}) as Record<string, number>;
    const sum: Record<string, number> = { ...base };
    for (const [kind, n] of Object.entries(counts as Record<string, number>)) sum[kind] = (sum[kind] ?? 0) + (typeof n === 'number' ? n : 0);
    out[service] = sum;
  }
  return out;
}

/** Whether a service's answer holds what the action asked for (`data`, `entries`, `closed`). */
function hasPart(answer: Record<string, unknown>, action: PrivacyAction): boolean {
  if (action === 'accessLog') return Array.isArray(answer.entries);
  const part = answer[action === 'export' ? 'data' : 'closed'];
  return !!part && typeof part === 'object' && !Array.isArray(part);
}

/** Each service's part of the answers, by service name. */
function partsOf(outcomes: Outcome[], part: 'data' | 'closed'): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  for (const o of outcomes) if (o.ok) parts[o.service] = o.body[part];
  return parts;
}

/**
 * What to answer when a service did not: 403 when one refused (it judged the principal as the
 * gateway should have), else 503 with one SERVICE_UNAVAILABLE per service that could not answer.
 */
function failureOf(outcomes: Outcome[]): { status: number; services: Domain[]; errors: GraphQLError[] } | undefined {
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length === 0) return undefined;
  const services = failed.map((o) => o.service);
  const refused = failed.find((o) => !o.ok && o.refused);
  if (refused) {
    return {
      status: 403,
      services,
      errors: [
        forbidden(
          `the ${refused.service} service refused this request for the worker`,
          `${domainInChinese(refused.service)}服务拒绝了为该劳动者提出的此项请求`,
        ),
      ],
    };
  }
  return { status: 503, services, errors: services.map((s) => serviceUnavailable(unavailableMessage(s), { service: s }, unavailableMessageZh(s))) };
}

/** An error as the API answers it: message and extensions, without the HTTP hints meant for this process. */
function formatted(err: GraphQLError): LocalizableError {
  const { http: _http, ...extensions } = err.extensions as Record<string, unknown>;
  return { message: err.message, extensions };
}
