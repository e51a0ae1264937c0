import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AppError,
  Env,
  PRINCIPAL_HEADER,
  generatePrincipalKeyPair,
  jwksOf,
  keyPairFromSeed,
  peerKeysFromEnv,
  peerRead,
  peerRoute,
  peerTargetsFromEnv,
  requireKnownStation,
  signPrincipal,
  stationsLookup,
  type PeerStation,
  type Principal,
  type Route,
} from './support';

const TRAINING = keyPairFromSeed('kit peer test: training', 'training-peer');
const GOVERNANCE = keyPairFromSeed('kit peer test: governance', 'governance-peer');
const STRANGER = keyPairFromSeed('kit peer test: stranger', 'training-peer');
const trusted = new Map([
  [TRAINING.signer.kid, TRAINING.publicKey],
  [GOVERNANCE.signer.kid, GOVERNANCE.publicKey],
]);

/** Serves one route on a free loopback port; `close` stops it. */
async function serve(route: Route): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The caught error of a promise, which must reject. */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a failure');
}

describe('peerRoute: the serving side of a peer read', () => {
  const refusals: string[] = [];
  let srv: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    srv = await serve(
      peerRoute({
        audience: 'stations',
        trusted: () => trusted,
        callers: ['training'],
        maxBodyBytes: 1024,
        refused: (reason) => refusals.push(reason),
        answer: async (json, caller) => ({ status: 200, body: { echo: json, caller: caller.domain } }),
      }),
    );
  });
  afterAll(() => srv.close());

  const post = (body: string, header?: string, method = 'POST') =>
    fetch(srv.url, { method, body: method === 'GET' ? undefined : body, headers: header ? { [PRINCIPAL_HEADER]: header } : {} });
  const signed = (body: string, opts: { signer?: typeof TRAINING.signer; principal?: Principal; audience?: string; signedBody?: string } = {}) =>
    signPrincipal(opts.principal ?? { role: 'operator', domain: 'training', keyId: 'training-service' }, opts.signer ?? TRAINING.signer, {
      audience: opts.audience ?? 'stations',
      body: opts.signedBody ?? body,
    });

  it('answers a request signed by a trusted caller for this service and this body, uncached', async () => {
    const body = JSON.stringify({ stationIds: ['a'] });
    const res = await post(body, signed(body));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ echo: { stationIds: ['a'] }, caller: 'training' });
  });

  it('refuses (401) a wrong key, another audience, another body, a caller not allowed, no principal', async () => {
    const body = JSON.stringify({ stationIds: ['a'] });
    refusals.length = 0;
    expect((await post(body, signed(body, { signer: STRANGER.signer }))).status).toBe(401);
    expect((await post(body, signed(body, { audience: 'union' }))).status).toBe(401);
    expect((await post(body, signed(body, { signedBody: '{}' }))).status).toBe(401);
    // Governance's key is trusted, but this route allows training only.
    expect((await post(body, signed(body, { signer: GOVERNANCE.signer, principal: { role: 'operator', domain: 'governance' } }))).status).toBe(401);
    expect((await post(body, signed(body, { principal: { role: 'admin', keyId: 'x' } }))).status).toBe(401);
    expect((await post(body)).status).toBe(401);
    expect(refusals).toEqual([
      'bad signature',
      'principal for another subgraph (union)',
      'principal signed for another body',
      'caller not allowed here (operator of governance)',
      'caller not allowed here (admin)',
      'missing principal',
    ]);
  });

  it('refuses other methods (405) and a body over the cap (413), before any signature is looked at', async () => {
    const res = await post('', undefined, 'GET');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    const big = JSON.stringify({ stationIds: ['x'.repeat(1100)] });
    expect((await post(big, signed(big))).status).toBe(413);
    const justUnder = JSON.stringify({ s: 'x'.repeat(1000) });
    expect((await post(justUnder, signed(justUnder))).status).toBe(200);
  });

  it('hands a body that is not JSON to the answer as undefined', async () => {
    const res = await post('not json', signed('not json'));
    expect(await res.json()).toEqual({ caller: 'training' });
  });
});

describe('peerRead: the asking side', () => {
  const target = (url: string) => ({ url, signer: TRAINING.signer });
  const read = (url: string, timeoutMs?: number) =>
    peerRead(target(url), {
      service: 'stations',
      caller: 'training',
      path: '/peer/x',
      body: { stationIds: ['s1'] },
      parse: (json) => {
        if (!Array.isArray((json as { list?: unknown }).list)) throw new Error('malformed');
        return (json as { list: string[] }).list;
      },
      unavailable: 'stations could not answer',
      timeoutMs,
    });

  it('signs for the target, as an operator of its own domain, over the exact body it sends', async () => {
    const srv = await serve(
      peerRoute({ audience: 'stations', trusted: () => trusted, callers: ['training'], answer: async (json) => ({ status: 200, body: { list: (json as { stationIds: string[] }).stationIds } }) }),
    );
    try {
      expect(await read(srv.url)).toEqual(['s1']);
    } finally {
      await srv.close();
    }
  });

  it('throws SERVICE_UNAVAILABLE naming the target when it is down, refuses, times out or answers nonsense', async () => {
    const codes = async (p: Promise<unknown>) => {
      const err = await failure(p);
      return [err.extensions.code, err.extensions.service, err.message];
    };
    const expected = ['SERVICE_UNAVAILABLE', 'stations', 'stations could not answer'];
    // Nothing listens on the discard port.
    expect(await codes(read('http://127.0.0.1:9'))).toEqual(expected);
    const refusing = await serve(peerRoute({ audience: 'stations', trusted: () => new Map(), callers: ['training'], answer: async () => ({ status: 200, body: {} }) }));
    const nonsense = await serve((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"list": 3}'));
    const silent: http.ServerResponse[] = [];
    const slow = await serve((_req, res) => void silent.push(res));
    try {
      expect(await codes(read(refusing.url))).toEqual(expected);
      expect(await codes(read(nonsense.url))).toEqual(expected);
      const started = Date.now();
      expect(await codes(read(slow.url, 200))).toEqual(expected);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(silent).toHaveLength(1);
    } finally {
      for (const res of silent) res.end();
      await Promise.all([refusing.close(), nonsense.close(), slow.close()]);
    }
  });
});

describe('peer settings', () => {
  const pem = generatePrincipalKeyPair('k').signer.key.export({ format: 'pem', type: 'pkcs8' }).toString();
  const KEY = { keyName: 'G_KEY', kidName: 'G_KEY_ID', defaultKid: 'g-peer' };

  it('reads each peer by its URL, all with one key; a URL without the key or the key without a URL stops start-up', () => {
    expect(peerTargetsFromEnv(new Env({}), KEY, { stations: 'S_URL' })).toEqual({ stations: null });
    const { stations } = peerTargetsFromEnv(new Env({ G_KEY: pem.replace(/\n/g, '\\n'), S_URL: 'https://s.example/' }), KEY, { stations: 'S_URL' });
    expect(stations).toMatchObject({ url: 'https://s.example', signer: { kid: 'g-peer' } });
    expect(() => peerTargetsFromEnv(new Env({ S_URL: 'https://s.example' }), KEY, { stations: 'S_URL' })).toThrow('S_URL and G_KEY are set together, or neither');
    expect(() => peerTargetsFromEnv(new Env({ G_KEY: pem }), KEY, { stations: 'S_URL' })).toThrow(/G_KEY is set without S_URL/);
    expect(() => peerTargetsFromEnv(new Env({ G_KEY: 'x', S_URL: 'https://s.example' }), KEY, { stations: 'S_URL' })).toThrow(/G_KEY must be an Ed25519/);
  });

  it('reads trusted peer keys as a JWKS; unset trusts nobody', () => {
    expect(peerKeysFromEnv(new Env({}), 'P_KEYS').size).toBe(0);
    const keys = peerKeysFromEnv(new Env({ P_KEYS: jwksOf([{ kid: 'training-peer', publicKey: TRAINING.publicKey }]) }), 'P_KEYS');
    expect([...keys.keys()]).toEqual(['training-peer']);
    expect(() => peerKeysFromEnv(new Env({ P_KEYS: '{"keys": []}' }), 'P_KEYS')).toThrow(/P_KEYS must be a JWKS/);
  });
});

describe('stationsLookup and requireKnownStation', () => {
  const known = new Map<string, Omit<PeerStation, 'stationId'>>([
    ['open', { exists: true, status: 'ACTIVE', districtCode: '110105' }],
    ['paused', { exists: true, status: 'SUSPENDED', districtCode: '110105' }],
    ['closed', { exists: true, status: 'CLOSED', districtCode: '110108' }],
  ]);
  const asked: string[][] = [];
  let srv: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    srv = await serve(
      peerRoute({
        audience: 'stations',
        trusted: () => trusted,
        callers: ['training', 'governance'],
        async answer(json) {
          const ids = (json as { stationIds: string[] }).stationIds;
          asked.push(ids);
          return { status: 200, body: { stations: ids.map((stationId) => ({ stationId, ...(known.get(stationId) ?? { exists: false, status: null, districtCode: null }) })) } };
        },
      }),
    );
  });
  afterAll(() => srv.close());

  it('is null without a peer: station ids are then taken unchecked', async () => {
    expect(stationsLookup(null, 'training')).toBeNull();
    expect(await requireKnownStation(null, 'anything', { field: 'input.stationId', what: 'sessions', whatZh: '课程安排' })).toBeNull();
  });

  it('answers per distinct id, batching at 500', async () => {
    const lookup = stationsLookup({ url: srv.url, signer: GOVERNANCE.signer }, 'governance')!;
    asked.length = 0;
    const ids = ['open', 'closed', 'open', ...Array.from({ length: 600 }, (_, i) => `n${i}`)];
    const answer = await lookup(ids);
    expect(answer.size).toBe(602);
    expect(answer.get('open')).toEqual({ stationId: 'open', exists: true, status: 'ACTIVE', districtCode: '110105' });
    expect(answer.get('n599')).toEqual({ stationId: 'n599', exists: false, status: null, districtCode: null });
    expect(asked.map((a) => a.length)).toEqual([500, 102]);
  });

  it('refuses an unknown id (BAD_USER_INPUT naming the field) and a CLOSED station (CONFLICT); SUSPENDED passes', async () => {
    const lookup = stationsLookup({ url: srv.url, signer: TRAINING.signer }, 'training');
    const opts = { field: 'input.stationId', what: 'sessions', whatZh: '课程安排' };
    expect(await requireKnownStation(lookup, 'open', opts)).toMatchObject({ exists: true, status: 'ACTIVE' });
    expect(await requireKnownStation(lookup, 'paused', opts)).toMatchObject({ status: 'SUSPENDED' });
    const unknown = await failure(requireKnownStation(lookup, 'gone', opts));
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stationId' });
    const tooLong = await failure(requireKnownStation(lookup, 'x'.repeat(65), opts));
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stationId' });
    const closed = await failure(requireKnownStation(lookup, 'closed', opts));
    expect([closed.extensions.code, closed.message]).toEqual(['CONFLICT', 'station closed is CLOSED and takes no sessions']);
  });

  it('counts a station service that answers the wrong shape as unavailable', async () => {
    const odd = await serve((_req, res) => void res.writeHead(200).end(JSON.stringify({ stations: [{ stationId: 'a', exists: true, status: 'OPEN' }] })));
    try {
      const err = await failure(stationsLookup({ url: odd.url, signer: TRAINING.signer }, 'training')!(['a']));
      expect(err.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'stations', retryable: true });
    } finally {
      await odd.close();
    }
  });
});
