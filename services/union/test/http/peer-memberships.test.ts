import { keyPairFromSeed, nameId, PRINCIPAL_HEADER, signPrincipal, type Principal } from '@nef/kit';
import { startTestSubgraph, TEST_PRINCIPAL_KEYS, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId } from '../../src/seed/demo';
import { service } from '../../src/server';
import { peer } from '../../src/settings';

const TRAINING_KEYS = keyPairFromSeed('test training peer key', 'training-peer');
const OTHER_KEYS = keyPairFromSeed('some other key', 'other');
const training: Principal = { role: 'operator', domain: 'training', keyId: 'training-service' };

let sg: TestSubgraph;
beforeAll(async () => {
  peer.keys = new Map([[TRAINING_KEYS.signer.kid, TRAINING_KEYS.publicKey]]);
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(async () => {
  await sg.stop();
  peer.keys = new Map();
});

const worker = (key: string) => nameId(`demo:worker:${key}`);
const base = () => sg.url.replace(/\/graphql$/, '');

async function ask(workerIds: unknown, opts: { signer?: typeof TRAINING_KEYS.signer; principal?: Principal; audience?: string; signedBody?: string } = {}) {
  const body = JSON.stringify({ workerIds });
  const header = signPrincipal(opts.principal ?? training, opts.signer ?? TRAINING_KEYS.signer, {
    audience: opts.audience ?? 'union',
    body: opts.signedBody ?? body,
  });
  return fetch(`${base()}/peer/memberships`, { method: 'POST', body, headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: header } });
}

describe('POST /peer/memberships: training asks whether workers are members', () => {
  it('answers ACTIVE membership and branch per worker asked, unknown workers as non-members', async () => {
    const unknown = nameId('nobody');
    const res = await ask([worker('wang-qiang'), worker('li-na'), unknown]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      memberships: [
        { workerId: worker('wang-qiang'), member: true, branchId: demoBranchId('chaoyang'), branchDistrictCode: '110105' },
        { workerId: worker('li-na'), member: false, branchId: null, branchDistrictCode: null },
        { workerId: unknown, member: false, branchId: null, branchDistrictCode: null },
      ],
    });
  });

  it('refuses requests not signed by a peer key for this service, this body and a training principal', async () => {
    const ids = [worker('wang-qiang')];
    expect((await ask(ids, { signer: OTHER_KEYS.signer })).status).toBe(401);
    // The gateway's key is trusted for /graphql, not here.
    expect((await ask(ids, { signer: TEST_PRINCIPAL_KEYS.signer })).status).toBe(401);
    expect((await ask(ids, { audience: 'training' })).status).toBe(401);
    expect((await ask(ids, { signedBody: JSON.stringify({ workerIds: [] }) })).status).toBe(401);
    expect((await ask(ids, { principal: { role: 'admin', keyId: 'x' } })).status).toBe(401);
    const unsigned = await fetch(`${base()}/peer/memberships`, { method: 'POST', body: JSON.stringify({ workerIds: ids }) });
    expect(unsigned.status).toBe(401);
    expect((await fetch(`${base()}/peer/memberships`)).status).toBe(405);
  });

  it('refuses a malformed list', async () => {
    expect((await ask(['not-an-id'])).status).toBe(400);
    expect((await ask('x')).status).toBe(400);
    expect((await ask(Array.from({ length: 501 }, (_, i) => nameId(`w${i}`)))).status).toBe(400);
  });
});
