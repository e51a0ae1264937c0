import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Env, PRINCIPAL_HEADER, createLogger, mayActForWorker, newId, verifyPrincipal, type Domain, type Principal } from '@nef/kit';
import { TEST_PRINCIPAL_ENV, TEST_TRUSTED_KEYS, until } from '@nef/kit/testing';
import { loadConfig } from '../src/config';
import { buildGateway, type Gateway } from '../src/server';

/**
 * A worker's rights in one request through the gateway: the access log merged from the four
 * services, the export of all four, and closing the account (the union last, and only once the
 * other three have closed), for the partner acting for the worker and for union staff; and every
 * refusal, each with its code. The services are played by small servers that check the signed
 * principal as the kit's privacy routes do.
 */

const log = createLogger('gateway', 'silent');

interface Call {
  path: string;
  principal: Principal;
  workerId: string;
  /** Close only: the services whose close had been answered when this one arrived. */
  closedBefore: Domain[];
}

/** How the next privacy calls are met: answered, 503, 403, held until `release()`, or the connection dropped. */
type Mode = 'answer' | 'fail' | 'forbid' | 'hold' | 'drop';

/** Services' close answers given so far, across the fakes: the order the gateway closes in. */
const closesAnswered: Domain[] = [];

/**
 * Stands in for one service's privacy routes: checks the principal (signed for this service, for
 * this body, by a caller who may act for the worker), records the call, and answers canned JSON.
 * The union one also answers the acting-worker look-up from `accounts`.
 */
class FakeService {
  readonly calls: Call[] = [];
  /** Close authorisations asked of the union: the principal and the proof sent. */
  readonly authorizations: { principal: Principal; challengeId?: string; code?: string }[] = [];
  readonly accounts = new Map<string, string>();
  mode: Mode = 'answer';
  /** The union's close authorisation answers 503. */
  authorizationDown = false;
  entries: Record<string, unknown>[] = [];
  data: Record<string, unknown> = {};
  private held: (() => void)[] = [];
  private server!: http.Server;
  url = '';

  constructor(readonly name: Domain) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
    return this;
  }

  release() {
    this.mode = 'answer';
    for (const go of this.held.splice(0)) go();
  }

  async stop() {
    this.release();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const verified = verifyPrincipal(String(req.headers[PRINCIPAL_HEADER]), TEST_TRUSTED_KEYS, { audience: this.name, body: raw });
    if (req.url === '/graphql' && raw.includes('workerByPlatformAccount') && verified.ok) {
      const { platform, externalId } = (JSON.parse(raw) as { variables: { platform: string; externalId: string } }).variables;
      const id = verified.principal.platform === platform ? this.accounts.get(`${platform}/${externalId}`) : undefined;
      return answer(200, { data: { workerByPlatformAccount: id ? { id } : null } });
    }
    if (!req.url?.startsWith('/privacy/') || req.method !== 'POST') return answer(404, { error: 'not found' });
    if (!verified.ok) return answer(401, { error: 'UNAUTHENTICATED' });
    if (req.url === '/privacy/close-authorization') {
      // As the union answers: staff in person; a partner with the code the worker received (here 123456).
      const { challengeId, code } = JSON.parse(raw) as { challengeId?: string; code?: string };
      this.authorizations.push({ principal: verified.principal, challengeId, code });
      if (this.authorizationDown) return answer(503, { error: 'SERVICE_UNAVAILABLE' });
      if (verified.principal.role !== 'partner') return answer(200, { service: this.name, authorized: true });
      if (!challengeId || !code) return answer(400, { error: 'BAD_USER_INPUT', reason: 'CLOSURE_CODE_REQUIRED', message: 'a partner closes an account with the code the worker received' });
      if (code !== '123456') return answer(400, { error: 'BAD_USER_INPUT', reason: 'CODE_WRONG', attemptsLeft: 4, message: 'wrong code; 4 attempts left' });
      return answer(200, { service: this.name, authorized: true });
    }
    const { workerId } = JSON.parse(raw) as { workerId: string };
    this.calls.push({ path: req.url, principal: verified.principal, workerId, closedBefore: [...closesAnswered] });
    if (!mayActForWorker(verified.principal, workerId)) return answer(403, { error: 'FORBIDDEN' });
    if (this.mode === 'hold') await new Promise<void>((go) => this.held.push(go));
    if (this.mode === 'drop') return void req.socket.destroy();
    if (this.mode === 'fail') return answer(503, { error: 'SERVICE_UNAVAILABLE' });
    if (this.mode === 'forbid') return answer(403, { error: 'FORBIDDEN' });
    if (req.url === '/privacy/access-log') return answer(200, { service: this.name, entries: this.entries });
    if (req.url === '/privacy/export') return answer(200, { service: this.name, data: this.data });
    closesAnswered.push(this.name);
    return answer(200, { service: this.name, closed: { [`${this.name}RowsDeleted`]: 2 } });
  }
}

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

describe('a worker’s rights through the gateway', () => {
  const services = {
    union: new FakeService('union'),
    stations: new FakeService('stations'),
    training: new FakeService('training'),
    governance: new FakeService('governance'),
  };
  const all = Object.values(services);
  const gateways: Gateway[] = [];
  let base = '';
  const worker = newId();

  const start = async (vars: Record<string, string> = {}) => {
    const urls = { UNION_URL: services.union.url, STATIONS_URL: services.stations.url, TRAINING_URL: services.training.url, GOVERNANCE_URL: services.governance.url };
    const env = new Env({ ...TEST_PRINCIPAL_ENV.gateway, PLAYGROUND: 'false', DASHBOARD: 'false', ...urls, ...vars });
    const gateway = await buildGateway(loadConfig(env), log);
    gateways.push(gateway);
    return (await gateway.listen(0, '127.0.0.1')).replace(/\/graphql$/, '');
  };

  beforeAll(async () => {
    await Promise.all(all.map((s) => s.start()));
    services.union.accounts.set(`MEITUAN/mt-1`, worker);
    base = await start();
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    await Promise.all(all.map((s) => s.stop()));
  });
  beforeEach(() => {
    for (const s of all) {
      s.calls.length = 0;
      s.authorizations.length = 0;
      s.authorizationDown = false;
      s.mode = 'answer';
    }
    closesAnswered.length = 0;
  });

  async function call(path: string, key: string | undefined, init: { actingFor?: string; method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    const res = await fetch(`${base}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(init.actingFor ? { 'x-acting-worker': init.actingFor } : {}),
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      body: init.body,
    });
    return { status: res.status, headers: res.headers, body: await res.json() };
  }
  /** A close; a partner's carries the worker's code (the fake union's is 123456) unless a body is given. */
  const close = (key: string, init: { actingFor?: string; query?: string; body?: string } = {}) =>
    call(`/privacy/close${init.query ?? ''}`, key, {
      method: 'POST',
      body: init.body ?? JSON.stringify(init.actingFor ? { confirm: 'CLOSE', challengeId: 'challenge-1', code: '123456' } : { confirm: 'CLOSE' }),
      actingFor: init.actingFor,
    });
  const codes = (a: Answer) => (a.body.errors ?? []).map((e: any) => e.extensions?.code);
  const privacyCalls = () => all.flatMap((s) => s.calls);

  describe('the access log', () => {
    it('merges every service’s entries, newest first, each naming its service', async () => {
      const entry = (at: string, field: string) => ({ at, role: 'partner', platform: 'MEITUAN', keyId: 'demo-meituan', field, subjectType: 'Worker', subjectId: worker });
      services.union.entries = [entry('2025-02-05T10:00:00.000Z', 'Worker.phone'), entry('2025-01-02T10:00:00.000Z', 'Worker.name')];
      services.stations.entries = [entry('2025-02-06T09:00:00.000Z', 'Worker.visits'), entry('2025-01-20T10:00:00.000Z', 'Worker.visits')];
      services.training.entries = [entry('2025-02-01T00:00:00.000Z', 'Worker.enrollments')];
      services.governance.entries = [];

      const answer = await call('/privacy/access-log', 'demo-meituan', { actingFor: 'mt-1' });

      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.body.workerId).toBe(worker);
      expect(answer.body.entries.map((e: any) => [e.at, e.service, e.field])).toEqual([
        ['2025-02-06T09:00:00.000Z', 'stations', 'Worker.visits'],
        ['2025-02-05T10:00:00.000Z', 'union', 'Worker.phone'],
        ['2025-02-01T00:00:00.000Z', 'training', 'Worker.enrollments'],
        ['2025-01-20T10:00:00.000Z', 'stations', 'Worker.visits'],
        ['2025-01-02T10:00:00.000Z', 'union', 'Worker.name'],
      ]);
    });

    it('signs for each service a principal for its own audience naming the worker', async () => {
      await call('/privacy/access-log', 'demo-meituan', { actingFor: 'mt-1' });
      // Each fake accepted only a principal signed for itself over the body it received.
      for (const s of all) {
        expect(s.calls).toEqual([
          { path: '/privacy/access-log', workerId: worker, principal: { role: 'partner', keyId: 'demo-meituan', platform: 'MEITUAN', workerId: worker }, closedBefore: [] },
        ]);
      }
    });

    it('answers 503 naming every service that could not answer, and nothing of the others', async () => {
      services.training.mode = 'fail';
      services.governance.mode = 'drop';
      const answer = await call('/privacy/access-log', 'demo-meituan', { actingFor: 'mt-1' });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('5');
      expect(answer.body.entries).toBeUndefined();
      expect(answer.body.errors.map((e: any) => e.extensions)).toEqual([
        { code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'training' },
        { code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'governance' },
      ]);
    });
  });

  describe('the export', () => {
    it('gives each service’s data as a download named for the worker', async () => {
      services.union.data = { worker: [{ id: worker, name: '张三' }], platformAccounts: [{ platform: 'MEITUAN', externalId: 'mt-1' }] };
      services.stations.data = { visits: [{ stationId: 's1', stationName: '朝阳驿站', at: '2025-01-01T00:00:00.000Z' }] };
      services.training.data = { enrollments: [] };
      services.governance.data = { reports: [] };
      const answer = await call('/privacy/export', 'demo-meituan', { actingFor: 'mt-1' });

      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="worker-data-${worker}.json"`);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.body).toEqual({
        workerId: worker,
        exportedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        services: { union: services.union.data, stations: services.stations.data, training: services.training.data, governance: services.governance.data },
      });
    });

    it('exports for an admin naming the worker with ?worker=, signing the admin’s own principal', async () => {
      const answer = await call(`/privacy/export?worker=${worker}`, 'demo-admin');
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.body.services).sort()).toEqual(['governance', 'stations', 'training', 'union']);
      for (const s of all) expect(s.calls.map((c) => [c.principal, c.workerId])).toEqual([[{ role: 'admin', keyId: 'demo-admin' }, worker]]);
    });

    it('answers 403 when a service refuses the principal', async () => {
      services.stations.mode = 'forbid';
      const answer = await call('/privacy/export', 'demo-meituan', { actingFor: 'mt-1' });
      expect([answer.status, codes(answer)]).toEqual([403, ['FORBIDDEN']]);
    });
  });

  describe('closing the account', () => {
    it('closes stations, training and governance, then the union, then the three again for what was made meanwhile', async () => {
      for (const s of [services.stations, services.training, services.governance]) s.mode = 'hold';
      const answering = close('demo-meituan', { actingFor: 'mt-1' });
      await until(() => privacyCalls().length >= 3, 15_000, () => `${privacyCalls().length} services asked`);
      expect(services.union.calls).toEqual([]);
      for (const s of all) s.release();

      const answer = await answering;

      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      // Both rounds added up (the fake answers 2 each time).
      expect(answer.body).toEqual({
        workerId: worker,
        closedAt: expect.any(String),
        services: {
          stations: { stationsRowsDeleted: 4 },
          training: { trainingRowsDeleted: 4 },
          governance: { governanceRowsDeleted: 4 },
          union: { unionRowsDeleted: 2 },
        },
      });
      expect(services.union.authorizations).toEqual([{ principal: expect.objectContaining({ role: 'partner', workerId: worker }), challengeId: 'challenge-1', code: '123456' }]);
      expect(services.union.calls.map((c) => [c.path, [...c.closedBefore].sort()])).toEqual([['/privacy/close', ['governance', 'stations', 'training']]]);
      expect(closesAnswered[3]).toBe('union');
      expect([...closesAnswered.slice(4)].sort()).toEqual(['governance', 'stations', 'training']);
    });

    it('does not ask the union when another service could not close, and names that one', async () => {
      services.governance.mode = 'fail';
      const answer = await close('demo-meituan', { actingFor: 'mt-1' });
      expect(answer.status).toBe(503);
      expect(answer.body.errors.map((e: any) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'governance' }]);
      expect(answer.body.errors[0].message).toContain('governance');
      expect(services.union.calls).toEqual([]);
      expect([services.stations, services.training].map((s) => s.calls.length)).toEqual([1, 1]);

      // Each close is idempotent: once governance is back, the partner sends it again and the rest completes.
      services.governance.mode = 'answer';
      const again = await close('demo-meituan', { actingFor: 'mt-1' });
      expect(again.status).toBe(200);
      expect(services.union.calls.map((c) => c.path)).toEqual(['/privacy/close']);
    });

    it('answers 503 when the union could not close', async () => {
      services.union.mode = 'fail';
      const answer = await close('demo-union-operator', { query: `?worker=${worker}` });
      expect(answer.body.errors.map((e: any) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'union' }]);
      expect(answer.status).toBe(503);
    });

    it('closes for a union operator naming the worker, signing the operator’s principal for each service', async () => {
      const answer = await close('demo-union-operator', { query: `?worker=${worker}` });
      expect(answer.status).toBe(200);
      const asked = ['/privacy/close', { role: 'operator', keyId: 'demo-union-operator', domain: 'union' }, worker];
      expect(services.union.calls.map((c) => [c.path, c.principal, c.workerId])).toEqual([asked]);
      for (const s of [services.stations, services.training, services.governance]) expect(s.calls.map((c) => [c.path, c.principal, c.workerId])).toEqual([asked, asked]);
      // In person: no code asked.
      expect(services.union.authorizations.map((a) => [a.challengeId, a.code])).toEqual([[undefined, undefined]]);
    });

    it('closes nothing for a partner without the worker’s code, or with a wrong one, passing on the union’s refusal', async () => {
      const without = await close('demo-meituan', { actingFor: 'mt-1', body: JSON.stringify({ confirm: 'CLOSE' }) });
      expect([without.status, without.body.errors[0].extensions]).toEqual([400, { code: 'BAD_USER_INPUT', reason: 'CLOSURE_CODE_REQUIRED' }]);
      const wrong = await close('demo-meituan', { actingFor: 'mt-1', body: JSON.stringify({ confirm: 'CLOSE', challengeId: 'challenge-1', code: '000000' }) });
      expect([wrong.status, wrong.body.errors[0].extensions]).toEqual([400, { code: 'BAD_USER_INPUT', reason: 'CODE_WRONG', attemptsLeft: 4 }]);
      expect(privacyCalls()).toEqual([]);
    });

    it('answers 503 naming the union when it cannot say whether the close is authorised, and closes nothing', async () => {
      services.union.authorizationDown = true;
      const answer = await close('demo-meituan', { actingFor: 'mt-1' });
      expect([answer.status, answer.body.errors.map((e: any) => e.extensions)]).toEqual([503, [{ code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'union' }]]);
      expect(privacyCalls()).toEqual([]);
    });

    it('refuses a close without {"confirm": "CLOSE"} and asks no service', async () => {
      const answers = [
        await close('demo-meituan', { actingFor: 'mt-1', body: '{}' }),
        await close('demo-meituan', { actingFor: 'mt-1', body: JSON.stringify({ confirm: 'close' }) }),
        await close('demo-meituan', { actingFor: 'mt-1', body: 'CLOSE' }),
        await call('/privacy/close', 'demo-meituan', { actingFor: 'mt-1', method: 'POST' }),
      ];
      expect(answers.map((a) => [a.status, codes(a)])).toEqual(answers.map(() => [400, ['BAD_USER_INPUT']]));
      expect(privacyCalls()).toEqual([]);
    });

    it('closes only over POST', async () => {
      const answer = await call('/privacy/close', 'demo-meituan', { actingFor: 'mt-1' });
      expect([answer.status, answer.headers.get('allow')]).toEqual([405, 'POST']);
      expect(privacyCalls()).toEqual([]);
    });
  });

  describe('who may ask', () => {
    it('refuses each caller that may not, with its code, before asking any service', async () => {
      const refusals = {
        noKey: await call('/privacy/export', undefined),
        unknownKey: await call('/privacy/export', 'not-a-key'),
        dashboard: await call(`/privacy/export?worker=${worker}`, 'demo-dashboard'),
        otherOperator: await call(`/privacy/access-log?worker=${worker}`, 'demo-stations-operator'),
        partnerWithoutWorker: await call('/privacy/export', 'demo-meituan'),
        partnerNamingWorker: await call(`/privacy/export?worker=${worker}`, 'demo-meituan', { actingFor: 'mt-1' }),
        partnerUnknownAccount: await call('/privacy/export', 'demo-meituan', { actingFor: 'mt-404' }),
        otherPlatform: await call('/privacy/export', 'demo-eleme', { actingFor: 'mt-1' }),
        adminBadWorker: await call('/privacy/export?worker=12345', 'demo-admin'),
        adminNoWorker: await call('/privacy/access-log', 'demo-admin'),
        closeDashboard: await close('demo-dashboard', { query: `?worker=${worker}` }),
      };
      expect(Object.fromEntries(Object.entries(refusals).map(([who, a]) => [who, [a.status, codes(a)]]))).toEqual({
        noKey: [401, ['UNAUTHENTICATED']],
        unknownKey: [401, ['UNAUTHENTICATED']],
        dashboard: [403, ['FORBIDDEN']],
        otherOperator: [403, ['FORBIDDEN']],
        partnerWithoutWorker: [400, ['BAD_USER_INPUT']],
        partnerNamingWorker: [403, ['FORBIDDEN']],
        partnerUnknownAccount: [403, ['FORBIDDEN']],
        otherPlatform: [403, ['FORBIDDEN']],
        adminBadWorker: [400, ['BAD_USER_INPUT']],
        adminNoWorker: [400, ['BAD_USER_INPUT']],
        closeDashboard: [403, ['FORBIDDEN']],
      });
      for (const a of Object.values(refusals)) expect(a.headers.get('cache-control')).toBe('no-store');
      expect(privacyCalls()).toEqual([]);
    });

    it('refuses in Chinese for a caller who prefers it, with the same code', async () => {
      const english = await call('/privacy/export?worker=12345', 'demo-admin');
      const chinese = await call('/privacy/export?worker=12345', 'demo-admin', { headers: { 'accept-language': 'zh-CN' } });
      expect(english.body.errors[0].message).toBe('worker must be a worker id (a UUID), got "12345"');
      expect(chinese.body.errors[0].message).toBe('「worker」须为劳动者ID（UUID），收到"12345"');
      expect(chinese.body.errors[0].extensions).toEqual(english.body.errors[0].extensions);
      expect(chinese.headers.get('vary')).toContain('Accept-Language');
    });
  });

  describe('the rate limit', () => {
    it('charges each request ten points and refuses one over the limit with 429', async () => {
      // 25 points, refilled at one a minute: two requests pass, the third does not.
      const limited = await start({ RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_BURST: '25' });
      const ask = () => fetch(`${limited}/privacy/access-log?worker=${worker}`, { headers: { authorization: 'Bearer demo-admin' } });
      const first = await ask();
      const second = await ask();
      const third = await ask();
      expect([first.status, first.headers.get('ratelimit-remaining')]).toEqual([200, '15']);
      expect([second.status, second.headers.get('ratelimit-remaining')]).toEqual([200, '5']);
      expect(third.status).toBe(429);
      expect(((await third.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(third.headers.get('retry-after')).not.toBeNull();
    });
  });
});
