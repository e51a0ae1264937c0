import { spawn } from 'node:child_process';
import path from 'node:path';
import { DEV_PRINCIPAL_KEYS, generatePrincipalKeyPair, jwksOf, nameId, signPrincipal, type Principal } from '@nef/kit';
import { TEST_PRINCIPAL_ENV, TEST_PRINCIPAL_KEYS } from '@nef/kit/testing';
import { gatewaySigned, startStack, until, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

/**
 * The principal a subgraph trusts, against the real processes: only the gateway's private key
 * mints one, for one subgraph, one body and 30 s; the key rotates with no request refused.
 */

const ROOT = path.resolve(__dirname, '../..');
const WANG_QIANG = nameId('demo:worker:wang-qiang');
const PHONE = { query: 'query($id: ID!) { worker(id: $id) { phone } }', variables: { id: WANG_QIANG } };
const admin: Principal = { role: 'admin', keyId: 'captured' };
/** The key the gateway switches to; the stack's subgraphs trust it beside the current one from the start. */
const next = generatePrincipalKeyPair('next');
const BOTH_KEYS = jwksOf([
  { kid: TEST_PRINCIPAL_KEYS.signer.kid, publicKey: TEST_PRINCIPAL_KEYS.publicKey },
  { kid: next.signer.kid, publicKey: next.publicKey },
]);

async function toSubgraph(url: string, headers: Record<string, string>, body: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, body: (await res.json()) as any };
}

describe('a principal only the gateway can mint', () => {
  let stack: Stack;
  beforeAll(async () => {
    // No response cache: every request of the rotation below reaches the subgraphs.
    stack = await startStack({ PRINCIPAL_PUBLIC_KEYS: BOTH_KEYS, RESPONSE_CACHE_MIB: '0' });
  }, STARTUP_TIMEOUT_MS);
  afterAll(() => stack?.stop());

  const body = JSON.stringify(PHONE);

  it('serves what the gateway signed for this subgraph and body', async () => {
    const res = await toSubgraph(stack.subgraphUrls.union, gatewaySigned(admin, 'union', body), body);
    expect(res.body.data.worker.phone).toBe('13800138001');
  });

  it.each<[string, () => Record<string, string>]>([
    ['signed by a key the subgraph does not trust', () => ({ 'x-nef-principal': signPrincipal(admin, generatePrincipalKeyPair('test').signer, { audience: 'union', body }) })],
    ['signed for another subgraph', () => gatewaySigned(admin, 'training', body)],
    ['signed for another body', () => gatewaySigned(admin, 'union', JSON.stringify({ query: '{ __typename }' }))],
    [
      'older than 30 s (and the clock skew)',
      () => ({ 'x-nef-principal': signPrincipal(admin, TEST_PRINCIPAL_KEYS.signer, { audience: 'union', body, now: Date.now() - 36_000 }) }),
    ],
    [
      'with its payload tampered',
      () => {
        const [head, claims, signature] = gatewaySigned({ role: 'dashboard' }, 'union', body)['x-nef-principal']!.split('.') as [string, string, string];
        const raised = { ...JSON.parse(Buffer.from(claims, 'base64url').toString()), p: admin };
        return { 'x-nef-principal': `${head}.${Buffer.from(JSON.stringify(raised)).toString('base64url')}.${signature}` };
      },
    ],
  ])('answers 401 UNAUTHENTICATED to a principal %s, runs nothing, and logs the refusal', async (_, headers) => {
    const before = stack.output('union').length;
    const res = await toSubgraph(stack.subgraphUrls.union, headers(), body);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ errors: [{ message: 'requests must come through the gateway', extensions: { code: 'UNAUTHENTICATED' } }] });
    await until(() => stack.output('union').slice(before).includes('refused request without a valid principal'));
  });

  it('refuses a captured principal replayed to another subgraph, or with another query', async () => {
    const captured = gatewaySigned(admin, 'union', body);
    const elsewhere = await toSubgraph(stack.subgraphUrls.governance, captured, body);
    expect(elsewhere.status).toBe(401);
    const otherQuery = JSON.stringify({ query: '{ platforms { code } }' });
    expect((await toSubgraph(stack.subgraphUrls.union, captured, otherQuery)).status).toBe(401);
    expect(stack.output('governance')).toMatch(/"reason":"principal for another subgraph \(union\)"/);
  });

  it('rotates the signing key with no request refused: publish, switch the gateway, drop the old key', async () => {
    // The gateway in service signs with the current key; a new one (a rolling deploy) with the
    // next key, loading its schema by introspection through the same signing.
    const failures: string[] = [];
    let served = 0;
    let target = stack.gatewayUrl;
    let running = true;
    const ask = async () => {
      const url = target;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer demo-admin' },
          body: JSON.stringify({ query: `query($id: ID!) { worker(id: $id) { phone } stations(first: 1) { edges { node { name } } } }`, variables: PHONE.variables }),
        });
        const answer = (await res.json()) as any;
        if (res.status !== 200 || answer.errors || !answer.data?.worker?.phone) failures.push(`${url}: ${res.status} ${JSON.stringify(answer.errors ?? null)}`);
        else served += 1;
      } catch (err) {
        failures.push(`${url}: ${(err as Error).message}`);
      }
    };
    const load = (async () => {
      while (running) await Promise.all([ask(), ask()]);
    })();
    await until(() => served >= 20, 30_000);
    const switched = await stack.startGateway({
      PRINCIPAL_SIGNING_KEY: next.signer.key.export({ format: 'pem', type: 'pkcs8' }).toString(),
      PRINCIPAL_KEY_ID: next.signer.kid,
      SUPERGRAPH: 'introspect',
    });
    await until(async () => (await fetch(switched.url.replace(/\/graphql$/, '/readyz'))).status === 200, 60_000);
    const beforeSwitch = served;
    target = switched.url;
    await until(() => served >= beforeSwitch + 40, 30_000);
    running = false;
    await load;
    expect(failures).toEqual([]);

    // The old key is dropped: a subgraph trusting only the new one serves the new gateway and
    // refuses what the old key signs.
    await stack.kill('union');
    await stack.restart('union', { PRINCIPAL_PUBLIC_KEYS: jwksOf([{ kid: next.signer.kid, publicKey: next.publicKey }]) });
    const viaNew = await fetch(switched.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-admin' },
      body: JSON.stringify(PHONE),
    });
    expect(((await viaNew.json()) as any).data.worker.phone).toBe('13800138001');
    expect((await toSubgraph(stack.subgraphUrls.union, gatewaySigned(admin, 'union', body), body)).status).toBe(401);
    await switched.stop();
  });
});

describe('settings that would let someone else mint a principal', () => {
  /** Starts one process with `env` and resolves with its exit code and output, once it exits. */
  const exitOf = (entry: string, env: Record<string, string>) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr.on('data', (c: Buffer) => (output += c.toString()));
      child.once('exit', (code) => resolve({ code, output }));
    });
  // Refused before any database is opened: DATA_DIR is never written.
  const production = { NODE_ENV: 'production', PORT: '0', DATA_DIR: '/nonexistent', PHONE_ENCRYPTION_KEY: 'ab'.repeat(32), SMS_SENDER: 'outbox' };

  it('a subgraph in production refuses to start holding the signing key, or trusting the development key', async () => {
    const holding = await exitOf('services/union/src/main.ts', { ...production, ...TEST_PRINCIPAL_ENV.subgraphs, ...TEST_PRINCIPAL_ENV.gateway });
    expect(holding.code).toBe(1);
    expect(holding.output).toMatch(/only the gateway may hold it/);
    const dev = await exitOf('services/union/src/main.ts', { ...production, PRINCIPAL_PUBLIC_KEYS: jwksOf([{ kid: 'prod', publicKey: DEV_PRINCIPAL_KEYS.publicKey }]) });
    expect(dev.code).toBe(1);
    expect(dev.output).toMatch(/published development key/);
  });

  it('the gateway refuses the retired INTERNAL_SECRET, pointing to the new settings', async () => {
    const old = await exitOf('gateway/src/main.ts', { PORT: '0', INTERNAL_SECRET: 'dev-only-internal-secret-change-me' });
    expect(old.code).not.toBe(0);
    expect(old.output).toMatch(/INTERNAL_SECRET is no longer used/);
  });
});
