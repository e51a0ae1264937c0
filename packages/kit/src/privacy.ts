import { In } from 'typeorm';
import { AuditEntity, type AuditRow } from './audit';
import { AppError } from './errors';
import type { Database } from './db/database';
import { headerValue, sendJson, type Route } from './http';
import { isId } from './ids';
import { cappedBody } from './peer';
import type { Logger } from './logger';
import { PRINCIPAL_HEADER, verifyPrincipal, type Domain, type Principal, type TrustedKeys } from './principal';

/**
 * A worker's rights over their data (PIPL arts. 44 to 47): who read it, a copy of it, and
 * closing the account. Each service answers for what it holds on three routes beside /graphql;
 * the gateway asks all four and joins the answers into one (its `/privacy/*` routes).
 *
 * The routes take what /graphql takes: a principal the gateway signed for this service over this
 * exact body. They answer the partner acting for that very worker (its principal names the
 * worker), union operators and admins; anyone else gets 403, and a bad body 400.
 */
export const PRIVACY_PATHS = {
  export: '/privacy/export',
  accessLog: '/privacy/access-log',
  close: '/privacy/close',
  /** Where a close is authorised before any service closes (the union's, which checks the worker's code). */
  authorizeClose: '/privacy/close-authorization',
} as const;

export type PrivacyAction = keyof typeof PRIVACY_PATHS;

/** The most access-log entries one service returns, newest first. */
export const MAX_ACCESS_LOG_ENTRIES = 1000;

/** What a service does for a worker's rights over what it holds. */
export interface WorkerPrivacy {
  /**
   * Everything the service holds about the worker, as plain JSON (ISO times, no internal
   * secrets such as keyed hashes or ciphertext). The same worker may hold nothing: an empty
   * object's lists are empty, never missing.
   */
  export(db: Database, workerId: string, now: Date, caller: Principal): Promise<Record<string, unknown>>;
  /**
   * Deletes or anonymises, in one transaction, what the service holds about the worker, keeping
   * only what must be kept (ledger totals, counts that figures add up from), and says what it did
   * (counts per kind). Idempotent: a second call finds nothing left and changes nothing.
   */
  close(db: Database, workerId: string, now: Date): Promise<Record<string, number>>;
  /** The ids of records of the worker's that the audit log names as subjects (their reports, cases...). */
  ownedSubjects?(db: Database, workerId: string): Promise<string[]>;
  /**
   * Checks that the worker asked for the close (`/privacy/close-authorization`, before any service
   * closes): union staff in person need no proof; a partner gives the code the worker received
   * (`proof`). Resolves when authorised; throws an AppError (its code and `reason`) to refuse.
   * Authorising again within the proof's life is allowed, so a close that failed half-way can be
   * finished. Only the service that holds the phone implements it.
   */
  authorizeClose?(db: Database, workerId: string, caller: Principal, proof: { challengeId?: string; code?: string }, now: Date): Promise<void>;
}

/** One read of the worker's data, as the worker is shown it. */
export interface AccessLogEntry {
  at: string;
  service: Domain;
  role: string;
  platform: string | null;
  keyId: string | null;
  field: string;
  subjectType: string;
  subjectId: string;
}

/**
 * The audit rows about a worker: the worker as subject, their records as subjects, or a partner
 * acting for them. A partner passing them on sees other readers as the history of union records
 * shows them: no key ids, and another platform only as `partner` (which other platforms the worker
 * uses is not its business); union staff and admins see the rows whole.
 */
export async function accessLogOf(db: Database, service: Domain, workerId: string, owned: readonly string[], caller?: Principal): Promise<AccessLogEntry[]> {
  const subjects = [workerId, ...owned];
  const rows: AuditRow[] = [];
  // In slices, so a worker with many records stays within any engine's parameter limit.
  for (let i = 0; i < subjects.length; i += 500) {
    rows.push(
      ...(await db.manager.find(AuditEntity, {
        where: { subjectId: In(subjects.slice(i, i + 500)) },
        order: { at: 'DESC' },
        take: MAX_ACCESS_LOG_ENTRIES,
      })),
    );
  }
  rows.push(...(await db.manager.find(AuditEntity, { where: { actingWorkerId: workerId }, order: { at: 'DESC' }, take: MAX_ACCESS_LOG_ENTRIES })));
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1))
    .slice(0, MAX_ACCESS_LOG_ENTRIES)
    .map((r) => ({
      at: r.at.toISOString(),
      service,
      role: r.role,
      platform: caller?.role === 'partner' && r.platform !== caller.platform ? null : r.platform,
      keyId: caller?.role === 'partner' ? null : r.keyId,
      field: r.field,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
    }));
}

/** Whether a principal may exercise the worker's rights: the partner acting for that worker, union staff, admins. */
export function mayActForWorker(p: Principal, workerId: string): boolean {
  if (p.role === 'admin') return true;
  if (p.role === 'operator' && p.domain === 'union') return true;
  return p.role === 'partner' && !!p.platform && p.workerId === workerId;
}

const MAX_BODY_BYTES = 4096;

/** The HTTP status of a refused authorisation, by its code. */
const REFUSAL_STATUS: Record<string, number> = { BAD_USER_INPUT: 400, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429 };

/**
 * The three privacy routes of a service: POST `{"workerId": "..."}` with a principal the gateway
 * signed for this service. Answers 200 with `{ service, ... }`: `data` (export), `entries`
 * (access log) or `closed` (what the close did, per kind).
 */
export function privacyRoutes(opts: {
  service: Domain;
  db: Database;
  privacy: WorkerPrivacy;
  trusted: () => TrustedKeys;
  now: () => Date;
  principalNow?: () => number;
  log: Logger;
  /**
   * Run after a close: the service's view of its data versions is read again at once, so that
   * the versions a close moved are what /versions answers to a gateway asking right after.
   */
  afterClose?: () => Promise<unknown>;
}): Record<string, Route> {
  const route =
    (action: PrivacyAction): Route =>
    async (req, res) => {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        sendJson(res, 405, { error: 'use POST' });
        return;
      }
      const raw = await cappedBody(req, MAX_BODY_BYTES);
      if (raw === undefined) {
        // The rest of the body is never read: the connection cannot carry another request.
      res.setHeader('connection', 'close');
      sendJson(res, 413, { error: 'body too large' });
        return;
      }
      const verdict = verifyPrincipal(headerValue(req, PRINCIPAL_HEADER), opts.trusted(), {
        audience: opts.service,
        body: raw,
        ...(opts.principalNow ? { now: opts.principalNow() } : {}),
      });
      if (!verdict.ok) {
        opts.log.warn({ reason: verdict.reason, action }, 'privacy request refused: no valid principal');
        sendJson(res, 401, { error: 'UNAUTHENTICATED' });
        return;
      }
      let parsed: { workerId?: unknown; challengeId?: unknown; code?: unknown } = {};
      try {
        parsed = (JSON.parse(raw.toString('utf8')) as typeof parsed) ?? {};
      } catch {
        parsed = {};
      }
      const workerId = parsed.workerId;
      if (typeof workerId !== 'string' || !isId(workerId)) {
        sendJson(res, 400, { error: 'BAD_USER_INPUT', message: 'workerId must be a worker id' });
        return;
      }
      if (!mayActForWorker(verdict.principal, workerId)) {
        sendJson(res, 403, { error: 'FORBIDDEN', message: 'only the partner acting for this worker, union operators and admins' });
        return;
      }
      res.setHeader('Cache-Control', 'no-store');
      const now = opts.now();
      try {
        if (action === 'export') {
          sendJson(res, 200, { service: opts.service, data: await opts.privacy.export(opts.db, workerId, now, verdict.principal) });
        } else if (action === 'accessLog') {
          const owned = (await opts.privacy.ownedSubjects?.(opts.db, workerId)) ?? [];
          sendJson(res, 200, { service: opts.service, entries: await accessLogOf(opts.db, opts.service, workerId, owned, verdict.principal) });
        } else if (action === 'authorizeClose') {
          if (!opts.privacy.authorizeClose) {
            sendJson(res, 404, { error: 'NOT_FOUND', message: `${opts.service} does not authorise closes` });
            return;
          }
          const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
          try {
            await opts.privacy.authorizeClose(opts.db, workerId, verdict.principal, { challengeId: text(parsed.challengeId), code: text(parsed.code) }, now);
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            const { code, http: _http, ...rest } = err.extensions as Record<string, unknown>;
            sendJson(res, REFUSAL_STATUS[code as string] ?? 400, { error: code, message: err.message, ...rest });
            return;
          }
          sendJson(res, 200, { service: opts.service, authorized: true });
        } else {
          const closed = await opts.privacy.close(opts.db, workerId, now);
          await opts.afterClose?.();
          opts.log.info({ workerId, closed, by: verdict.principal.keyId ?? verdict.principal.role }, 'worker data closed');
          sendJson(res, 200, { service: opts.service, closed });
        }
      } catch (err) {
        opts.log.error({ err, action }, 'privacy request failed');
        sendJson(res, 503, { error: 'SERVICE_UNAVAILABLE', message: `${opts.service} could not answer; try again` });
      }
    };
  return {
    [PRIVACY_PATHS.export]: route('export'),
    [PRIVACY_PATHS.accessLog]: route('accessLog'),
    [PRIVACY_PATHS.close]: route('close'),
    [PRIVACY_PATHS.authorizeClose]: route('authorizeClose'),
  };
}
