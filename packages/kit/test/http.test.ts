import http from 'node:http';
import net from 'node:net';
import { ApolloServer } from '@apollo/server';
import { Metrics, createHttpHandler, createLogger, listenHttp, type Listening, type Readiness } from '../src';
import { until } from '../src/testing';

/** A promise with its resolve at hand: the test decides when a handler may go on. */
function gate<T = void>() {
  let open!: (value: T) => void;
  const opened = new Promise<T>((resolve) => (open = resolve));
  return { open, opened };
}

interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
}

/** One GET on `agent` (keep-alive unless told otherwise); rejects when the connection is cut. */
function get(base: string, path: string, agent: http.Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Resolves with the error code of a new TCP connection to the port, or 'connected'. */
function connect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

const settled = <T>(p: Promise<T>) => {
  const state = { done: false };
  void p.then(
    () => (state.done = true),
    () => (state.done = true),
  );
  return state;
};

describe('listenHttp: closing drains', () => {
  let listening: Listening | undefined;
  let agent: http.Agent;
  beforeEach(() => {
    agent = new http.Agent({ keepAlive: true });
  });
  afterEach(async () => {
    agent.destroy();
    await listening?.close(0);
    listening = undefined;
  });

  const portOf = (l: Listening) => Number(new URL(l.url).port);
  const baseOf = (l: Listening) => l.url.replace(/\/graphql$/, '');

  it('lets requests in flight finish with their whole answer, and closes each connection once answered', async () => {
    const arrived = new Set<string>();
    const release = gate();
    listening = await listenHttp(
      async (req, res) => {
        arrived.add(req.url!);
        if (req.url === '/idle-first') {
          res.end('at once');
        } else if (req.url === '/streaming') {
          // The head and half the body leave before the drain begins.
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.write('first half, ');
          await release.opened;
          res.end('second half');
        } else {
          await release.opened;
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('the whole answer');
        }
      },
      0,
      '127.0.0.1',
    );
    const base = baseOf(listening);
    // A third connection, idle in the agent's pool: closing must not wait on it.
    const idleAgent = new http.Agent({ keepAlive: true });
    const idle = await get(base, '/idle-first', idleAgent);
    expect(idle.connection).toBe('keep-alive');
    const streaming = get(base, '/streaming', agent);
    const waiting = get(base, '/waiting', agent);
    await until(() => arrived.has('/streaming') && arrived.has('/waiting'));
    expect(idleAgent.freeSockets).not.toEqual({});

    const started = Date.now();
    const closing = listening.close(60_000);
    const closed = settled(closing);
    expect(await connect(portOf(listening))).toBe('ECONNREFUSED');
    expect(closed.done).toBe(false);

    release.open();
    expect(await streaming).toEqual({ status: 200, connection: 'keep-alive', body: 'first half, second half' });
    // Its head had not left yet: it tells the client the connection ends with it.
    expect(await waiting).toEqual({ status: 200, connection: 'close', body: 'the whole answer' });
    await closing;
    // Far below the 60 s bound and the 65 s keep-alive timeout: nothing waited on idle connections.
    expect(Date.now() - started).toBeLessThan(10_000);
    // The idle connection was closed by the server: the client sees it go.
    await until(() => Object.keys(idleAgent.freeSockets).length === 0);
    idleAgent.destroy();
  });

  it('answers a request that arrives on an idle keep-alive connection once the drain has begun, then closes that connection', async () => {
    listening = await listenHttp((req, res) => res.end(`answer to ${req.url}`), 0, '127.0.0.1');
    const base = baseOf(listening);
    expect(await get(base, '/before', agent)).toEqual({ status: 200, connection: 'keep-alive', body: 'answer to /before' });
    const closing = listening.close(60_000);
    // Sent on the same kept-alive connection (new ones are refused): under load such a request
    // is often already on its way when the drain begins.
    expect(await get(base, '/during', agent)).toEqual({ status: 200, connection: 'close', body: 'answer to /during' });
    await closing;
    await expect(get(base, '/after', agent)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('refuses a new connection once close() has begun, while requests in flight go on', async () => {
    const release = gate();
    let arrived = false;
    listening = await listenHttp(
      async (_req, res) => {
        arrived = true;
        await release.opened;
        res.end('done');
      },
      0,
      '127.0.0.1',
    );
    const port = portOf(listening);
    expect(await connect(port)).toBe('connected');
    const inFlight = get(baseOf(listening), '/slow', agent);
    await until(() => arrived);
    const closing = listening.close(60_000);
    expect(await connect(port)).toBe('ECONNREFUSED');
    release.open();
    expect((await inFlight).body).toBe('done');
    await closing;
  });

  it('cuts a request that never ends once the drain bound has passed, and resolves', async () => {
    let arrived = false;
    listening = await listenHttp(
      () => {
        arrived = true; // never answers
      },
      0,
      '127.0.0.1',
    );
    const hanging = get(baseOf(listening), '/forever', agent).then(
      () => 'answered',
      (err: NodeJS.ErrnoException) => err.code ?? err.message,
    );
    await until(() => arrived);
    const started = Date.now();
    await listening.close(300);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(10_000);
    expect(await hanging).toBe('ECONNRESET');
  });
});

describe('/readyz', () => {
  let listening: Listening | undefined;
  let apollo: ApolloServer;
  beforeAll(async () => {
    apollo = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }' });
    await apollo.start();
  });
  afterAll(() => apollo.stop());
  afterEach(async () => {
    await listening?.close(0);
    listening = undefined;
  });

  const serve = async (ready: () => Promise<void | Readiness>) => {
    const log = createLogger('stations');
    const handler = createHttpHandler({ apollo, log, metrics: new Metrics('stations'), ready, context: async () => ({}) });
    listening = await listenHttp(handler, 0, '127.0.0.1');
    return listening.url.replace(/\/graphql$/, '');
  };
  const readyz = async (base: string) => {
    const res = await fetch(`${base}/readyz`);
    return { status: res.status, body: await res.json() };
  };

  it('answers 200 while ready, with what the check adds; 503 when the check throws or says unavailable', async () => {
    let answer: () => Promise<void | Readiness> = async () => undefined;
    const base = await serve(() => answer());
    expect(await readyz(base)).toEqual({ status: 200, body: { status: 'ready' } });
    answer = async () => ({ status: 'degraded', subgraphs: { training: 'unavailable' } });
    expect(await readyz(base)).toEqual({ status: 200, body: { status: 'degraded', subgraphs: { training: 'unavailable' } } });
    answer = async () => ({ status: 'unavailable', subgraphs: { training: 'unavailable' } });
    expect(await readyz(base)).toEqual({ status: 503, body: { status: 'unavailable', subgraphs: { training: 'unavailable' } } });
    answer = async () => {
      throw new Error('database unreachable');
    };
    expect(await readyz(base)).toEqual({ status: 503, body: { status: 'unavailable' } });
  });

  it('answers 503 "draining", with connection: close, once the drain has begun', async () => {
    const release = gate();
    let checking = false;
    const base = await serve(async () => {
      checking = true;
      await release.opened;
    });
    const agent = new http.Agent({ keepAlive: true });
    try {
      const probe = get(base, '/readyz', agent);
      await until(() => checking);
      const closing = listening!.close(60_000);
      release.open();
      const answer = await probe;
      expect(answer.status).toBe(503);
      expect(answer.connection).toBe('close');
      expect(JSON.parse(answer.body)).toEqual({ status: 'draining' });
      await closing;
    } finally {
      agent.destroy();
    }
  });
});
