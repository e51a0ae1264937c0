import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStack, until, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';
import { holdExclusiveLock } from '../support/sqlite-lock';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

/**
 * What a client sees through the real gateway when a subgraph, or its database, cannot answer
 * (one error per lost field, SERVICE_UNAVAILABLE, retryable, naming the service, at the path of
 * what was lost; 200 beside data, 503 with Retry-After when nothing could be served), and when
 * it sends what cannot run (400 BAD_USER_INPUT). In development and in production alike.
 */

interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

interface Answer {
  status: number;
  retryAfter: string | null;
  text: string;
  body: { data?: any; errors?: GraphQLErrorBody[] };
}

const MYSQL_URL = process.env.TEST_DATABASE_URL;

async function post(stack: Stack, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text, body: JSON.parse(text) };
}

/** The errors' paths, in order, for comparing sets of them. */
const pathsOf = (a: Answer) => (a.body.errors ?? []).map((e) => JSON.stringify(e.path)).sort();

const MODES = [
  { mode: 'development', keys: { admin: 'demo-admin', partner: 'demo-meituan' } },
  { mode: 'production', keys: { admin: 'outage-admin-key', partner: 'outage-partner-key' } },
] as const;

describe.each(MODES)('through the gateway in $mode', ({ mode, keys }) => {
  let stack: Stack;
  let dir: string;
  /** On MySQL, training reaches its database through this proxy, so the test can take it away. */
  let proxy: TcpProxy | undefined;
  const production = mode === 'production';
  const unavailable = (service: string) => ({
    code: 'SERVICE_UNAVAILABLE',
    retryable: true,
    service,
    // The gateway's own field: development only.
    ...(production ? {} : { serviceName: service }),
  });
  const asPartner = () => ({ authorization: `Bearer ${keys.partner}`, 'x-acting-worker': 'mt-10001' });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-outage-'));
    const env: Record<string, string> = {};
    if (production) {
      const file = path.join(dir, 'keys.json');
      const hash = (key: string) => createHash('sha256').update(key).digest('hex');
      fs.writeFileSync(
        file,
        JSON.stringify([
          { id: 'outage-admin', sha256: hash(keys.admin), role: 'admin' },
          { id: 'outage-partner', sha256: hash(keys.partner), role: 'partner', platform: 'MEITUAN' },
        ]),
      );
      Object.assign(env, { NODE_ENV: 'production', API_KEYS_FILE: file, PHONE_ENCRYPTION_KEY: 'ab'.repeat(32) });
    }
    if (MYSQL_URL) {
      const target = new URL(MYSQL_URL);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 3306) });
      target.host = `127.0.0.1:${proxy.port}`;
      env.TRAINING_DATABASE_URL = target.toString();
    }
    stack = await startStack(env);
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await stack?.stop();
    await proxy?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('a request that cannot run', () => {
    it.each([
      ['a DateTime literal that is no instant', { query: '{ courses(first: 1, filter: { startsAfter: "garbage" }) { totalCount } }' }],
      ['a DateTime literal with month 13 and hour 99', { query: '{ courses(first: 1, filter: { startsAfter: "2026-13-45T99:00" }) { totalCount } }' }],
      ['a DateTime variable that is no instant', { query: 'query($t: DateTime) { courses(first: 1, filter: { startsAfter: $t }) { totalCount } }', variables: { t: 'garbage' } }],
      [
        'a DateTime inside an input variable, with month 13',
        { query: 'query($f: CourseFilter) { courses(first: 1, filter: $f) { totalCount } }', variables: { f: { startsAfter: '2026-13-45T99:00+08:00' } } },
      ],
      ['a Float literal too large for a double', { query: '{ stationsNear(near: { lat: 1e999, lng: 116.4 }) { distanceMeters } }' }],
      // JSON.parse reads 1e999 as Infinity; Float refuses it.
      ['a Float variable too large for a double', '{"query":"query($p: GeoPointInput!) { stationsNear(near: $p) { distanceMeters } }","variables":{"p":{"lat":1e999,"lng":116.4}}}'],
      ['a subscription', { query: 'subscription { stations(first: 1) { totalCount } }' }],
    ])('is refused for %s with 400 BAD_USER_INPUT, nothing run', async (_, body) => {
      const r = await post(stack, body);
      expect(r.status).toBe(400);
      expect(r.body.data).toBeUndefined();
      expect(r.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(r.text).not.toMatch(/stacktrace|\.ts:|INVALID_GRAPHQL/);
    });

    it('runs once the DateTime is well formed', async () => {
      const r = await post(stack, { query: '{ courses(first: 1, filter: { startsAfter: "2026-01-01T00:00:00+08:00" }) { totalCount } }' });
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
    });
  });

  it('answers SERVICE_UNAVAILABLE for the fields of a subgraph whose database is down, and whole answers once it is back', async () => {
    if (proxy) {
      await proxy.cut();
      try {
        const partial = await post(stack, { query: '{ stations(first: 1) { totalCount } courses(first: 1) { totalCount } }' });
        expect(partial.status).toBe(200);
        expect(partial.body.data.stations.totalCount).toBeGreaterThan(0);
        expect(partial.body.errors).toEqual([expect.objectContaining({ path: ['courses'], extensions: unavailable('training') })]);
        const none = await post(stack, { query: '{ courses(first: 1) { totalCount } }' });
        expect(none.status).toBe(503);
        expect(none.retryAfter).toBe('5');
        expect(none.body.errors).toEqual([expect.objectContaining({ path: ['courses'], extensions: unavailable('training') })]);
        expect(none.text).not.toMatch(new RegExp(`ECONN|PROTOCOL|${proxy.port}|127\\.0\\.0\\.1|stack`));
      } finally {
        await proxy.restore();
      }
      await until(async () => (await post(stack, { query: '{ courses(first: 1) { totalCount } }' })).status === 200);
    } else {
      // Another process holds training's SQLite file past the busy timeout: its writes fail.
      const request = { query: 'mutation { requestCourse(topic: "outage drill", category: SKILLS, districtCode: "110105") { id } }' };
      const lock = holdExclusiveLock(path.join(stack.env.DATA_DIR!, 'training.sqlite'));
      let none: Answer;
      try {
        none = await post(stack, request, asPartner());
      } finally {
        lock.release();
      }
      expect(none.status).toBe(503);
      expect(none.retryAfter).toBe('5');
      expect(none.body.errors).toEqual([expect.objectContaining({ path: ['requestCourse'], extensions: unavailable('training') })]);
      expect(none.text).not.toMatch(/SQLITE|locked|stack/);
      const after = await post(stack, request, asPartner());
      expect(after.status).toBe(200);
      expect(after.body.data.requestCourse.id).toEqual(expect.any(String));
    }
  });

  describe('with the training subgraph stopped', () => {
    beforeAll(async () => {
      await stack.kill('training');
    }, STARTUP_TIMEOUT_MS);

    it('loses only training’s root fields, one error at each, by alias, under 200', async () => {
      const r = await post(stack, { query: '{ stations(first: 1) { totalCount } a: courses(first: 1) { totalCount } b: course(id: "none") { id } }' });
      expect(r.status).toBe(200);
      expect(r.body.data.stations.totalCount).toBeGreaterThan(0);
      expect(pathsOf(r)).toEqual(['["a"]', '["b"]']);
      for (const e of r.body.errors!) {
        expect(e.extensions).toEqual(unavailable('training'));
        expect(e.message).toBe('the training service is unavailable; try again shortly');
      }
    });

    it('answers 503 with Retry-After when nothing could be served', async () => {
      const r = await post(stack, { query: '{ courses(first: 1) { totalCount } }' });
      expect(r.status).toBe(503);
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(r.body.errors).toEqual([expect.objectContaining({ path: ['courses'], extensions: unavailable('training') })]);
    });

    it('names each entity whose training fields were lost, and keeps the rest of each', async () => {
      const r = await post(stack, { query: '{ stations(first: 3) { edges { node { id upcomingSessions { id } } } } }' });
      expect(r.status).toBe(200);
      const edges = r.body.data.stations.edges as { node: { id: string } }[];
      expect(edges).toHaveLength(3);
      for (const edge of edges) expect(edge.node.id).toEqual(expect.any(String));
      expect(pathsOf(r)).toEqual(edges.map((_, i) => JSON.stringify(['stations', 'edges', i, 'node'])).sort());
      for (const e of r.body.errors!) expect(e.extensions).toEqual(unavailable('training'));
    });

    it("keeps a partner's acting worker, with an error at it for the enrolments", async () => {
      const r = await post(stack, { query: '{ actingWorker { name pointsBalance enrollments { status } } }' }, asPartner());
      expect(r.status).toBe(200);
      expect(r.body.data.actingWorker).toMatchObject({ name: '王强', pointsBalance: expect.any(Number) });
      expect(r.body.errors).toEqual([expect.objectContaining({ path: ['actingWorker'], extensions: unavailable('training') })]);
    });

    it('tells nothing internal: no address, port, errno or stack', async () => {
      const port = new URL(stack.subgraphUrls.training).port;
      const r = await post(stack, { query: '{ stations(first: 1) { totalCount } courses(first: 1) { totalCount } }' }, { authorization: `Bearer ${keys.admin}` });
      expect(r.text).not.toContain(port);
      expect(r.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stacktrace|\.ts:|errno/);
    });

    it('answers whole again once training is back', async () => {
      await stack.restart('training');
      await until(async () => {
        const r = await post(stack, { query: '{ stations(first: 1) { totalCount } courses(first: 1) { totalCount } }' });
        return r.status === 200 && !r.body.errors && r.body.data.courses.totalCount > 0;
      });
    });
  });
});
