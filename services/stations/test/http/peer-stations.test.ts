import { keyPairFromSeed, nameId, newId, PRINCIPAL_HEADER, signPrincipal, type Principal } from '@nef/kit';
import { dataOf, startTestSubgraph, TEST_PRINCIPAL_KEYS, type TestSubgraph } from '@nef/kit/testing';
import { StationEntity } from '../../src/entities';
import { service } from '../../src/server';
import { peer } from '../../src/settings';

const TRAINING_KEYS = keyPairFromSeed('test training peer key', 'training-peer');
const GOVERNANCE_KEYS = keyPairFromSeed('test governance peer key', 'governance-peer');
const UNION_KEYS = keyPairFromSeed('test union peer key', 'union-peer');
const training: Principal = { role: 'operator', domain: 'training', keyId: 'training-service' };
const governance: Principal = { role: 'operator', domain: 'governance', keyId: 'governance-service' };

const WANGJING = nameId('demo:station:cy-wangjing');
const ZHONGGUANCUN = nameId('demo:station:hd-zhongguancun');
const SANLITUN = nameId('demo:station:cy-sanlitun');

let sg: TestSubgraph;
beforeAll(async () => {
  // The union's key is trusted too, to show that a trusted key alone is not enough: the caller must be allowed.
  peer.keys = new Map([
    [TRAINING_KEYS.signer.kid, TRAINING_KEYS.publicKey],
    [GOVERNANCE_KEYS.signer.kid, GOVERNANCE_KEYS.publicKey],
    [UNION_KEYS.signer.kid, UNION_KEYS.publicKey],
  ]);
  sg = await startTestSubgraph(service, { seedDemo: true });
  await sg.db.manager.update(StationEntity, { id: ZHONGGUANCUN }, { status: 'CLOSED' });
  await sg.db.manager.update(StationEntity, { id: SANLITUN }, { status: 'SUSPENDED' });
});
afterAll(async () => {
  await sg.stop();
  peer.keys = new Map();
});

const base = () => sg.url.replace(/\/graphql$/, '');

async function ask(stationIds: unknown, opts: { signer?: typeof TRAINING_KEYS.signer; principal?: Principal; audience?: string; signedBody?: string } = {}) {
  const body = JSON.stringify({ stationIds });
  const header = signPrincipal(opts.principal ?? training, opts.signer ?? TRAINING_KEYS.signer, {
    audience: opts.audience ?? 'stations',
    body: opts.signedBody ?? body,
  });
  return fetch(`${base()}/peer/stations`, { method: 'POST', body, headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: header } });
}

describe('POST /peer/stations: training and governance ask whether stations exist', () => {
  it('answers, per distinct id in the order asked, whether the station exists, its status and district', async () => {
    const unknown = newId();
    const res = await ask([WANGJING, ZHONGGUANCUN, unknown, SANLITUN, WANGJING, 'not-a-uuid']);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      stations: [
        { stationId: WANGJING, exists: true, status: 'ACTIVE', districtCode: '110105' },
        { stationId: ZHONGGUANCUN, exists: true, status: 'CLOSED', districtCode: '110108' },
        { stationId: unknown, exists: false, status: null, districtCode: null },
        { stationId: SANLITUN, exists: true, status: 'SUSPENDED', districtCode: '110105' },
        { stationId: 'not-a-uuid', exists: false, status: null, districtCode: null },
      ],
    });
    // An id that differs only in case names no station, on either engine.
    expect((await (await ask([WANGJING.toUpperCase()])).json()).stations[0].exists).toBe(false);
  });

  it('answers governance as well, and an empty list with an empty list', async () => {
    const res = await ask([WANGJING], { signer: GOVERNANCE_KEYS.signer, principal: governance });
    expect((await res.json()).stations[0]).toMatchObject({ exists: true, status: 'ACTIVE' });
    expect(await (await ask([])).json()).toEqual({ stations: [] });
  });

  it('refuses requests not signed by a peer key, for this service and this body, by training or governance', async () => {
    const ids = [WANGJING];
    const OTHER = keyPairFromSeed('some other key', 'training-peer');
    expect((await ask(ids, { signer: OTHER.signer })).status).toBe(401);
    // The gateway's key is trusted for /graphql, not here.
    expect((await ask(ids, { signer: TEST_PRINCIPAL_KEYS.signer })).status).toBe(401);
    expect((await ask(ids, { audience: 'union' })).status).toBe(401);
    expect((await ask(ids, { signedBody: JSON.stringify({ stationIds: [] }) })).status).toBe(401);
    // A key the route trusts, but for a caller it does not serve.
    expect((await ask(ids, { signer: UNION_KEYS.signer, principal: { role: 'operator', domain: 'union' } })).status).toBe(401);
    expect((await ask(ids, { principal: { role: 'admin', keyId: 'x' } })).status).toBe(401);
    const unsigned = await fetch(`${base()}/peer/stations`, { method: 'POST', body: JSON.stringify({ stationIds: ids }) });
    expect(unsigned.status).toBe(401);
    expect((await fetch(`${base()}/peer/stations`)).status).toBe(405);
    // The route is not GraphQL: a principal the gateway signed for /graphql does not open it, and
    // nothing about stations' public answers changes.
    expect(dataOf(await sg.query(`query($id: ID!) { station(id: $id) { status } }`, { id: ZHONGGUANCUN })).station.status).toBe('CLOSED');
  });

  it('refuses a malformed list: not a list, over 500 ids, an empty or overlong id', async () => {
    expect((await ask('x')).status).toBe(400);
    expect((await ask([1])).status).toBe(400);
    expect((await ask([''])).status).toBe(400);
    expect((await ask(['x'.repeat(65)])).status).toBe(400);
    expect((await ask(Array.from({ length: 501 }, () => newId()))).status).toBe(400);
    expect((await ask(Array.from({ length: 500 }, () => newId()))).status).toBe(200);
  });

  it('trusts nobody while STATIONS_PEER_KEYS is unset', async () => {
    const saved = peer.keys;
    peer.keys = new Map();
    try {
      expect((await ask([WANGJING])).status).toBe(401);
    } finally {
      peer.keys = saved;
    }
  });
});

describe('a Station reference to an id stations does not know', () => {
  it('resolves to null, without an error, so the row naming it reads with a null station', async () => {
    const E = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { id name } } }`;
    const gone = newId();
    const res = await sg.query(E, { r: [{ __typename: 'Station', id: gone }, { __typename: 'Station', id: WANGJING }, { __typename: 'Station', id: 'not-a-uuid' }] });
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([null, { id: WANGJING, name: '望京骑手之家' }, null]);
  });
});
