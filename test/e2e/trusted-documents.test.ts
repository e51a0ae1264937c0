// Trusted documents in production, through the real processes: a partner key bound to the
// partner client's manifest, an operation published while the gateway runs (then SIGHUP), a
// key bound to nothing, and the per-key counts in /metrics.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PartnerApiError, PartnerClient } from '../../examples/partner-client/src/client';
import { startStack, until, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

const ROOT = path.resolve(__dirname, '../..');
const PUBLISHED = path.join(ROOT, 'gateway', 'trusted-documents', 'partner-client.json');
const METRICS_TOKEN = 'trusted-documents-metrics-token';
const hash = (key: string) => createHash('sha256').update(key).digest('hex');
const HERE = { lat: 39.9334, lng: 116.4545 };

async function failure(promise: Promise<unknown>): Promise<PartnerApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof PartnerApiError) return err;
    throw err;
  }
  throw new Error('expected the call to fail with a PartnerApiError');
}

describe('trusted documents in production', () => {
  let stack: Stack;
  let dir: string;
  let docs: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-trusted-e2e-'));
    docs = path.join(dir, 'trusted-documents');
    fs.mkdirSync(docs);
    // The partner client's manifest as published, without Rewards: a client release ahead of its publication.
    const manifest = JSON.parse(fs.readFileSync(PUBLISHED, 'utf8')) as { operations: { name: string }[] };
    manifest.operations = manifest.operations.filter((op) => op.name !== 'Rewards');
    fs.writeFileSync(path.join(docs, 'partner-client.json'), JSON.stringify(manifest));
    const keys = path.join(dir, 'keys.json');
    fs.writeFileSync(
      keys,
      JSON.stringify([
        { id: 'meituan-app', sha256: hash('meituan-app-key'), role: 'partner', platform: 'MEITUAN', operations: 'partner-client' },
        { id: 'ops-admin', sha256: hash('ops-admin-key'), role: 'admin', freeForm: true },
        { id: 'city-screen', sha256: hash('city-screen-key'), role: 'dashboard' },
      ]),
    );
    stack = await startStack({
      NODE_ENV: 'production',
      API_KEYS_FILE: keys,
      TRUSTED_DOCUMENTS_DIR: docs,
      METRICS_TOKEN,
      PHONE_ENCRYPTION_KEY: 'ab'.repeat(32),
    });
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const post = async (key: string, body: unknown) => {
    const res = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions: { code: string } }[] } };
  };

  it('warns at start about a key bound to no manifest, which runs free-form', async () => {
    expect(stack.output('gateway')).toMatch(/"keys":\["city-screen"\].*bound to no manifest and not freeForm/);
    expect((await post('city-screen-key', { query: '{ districts(first: 1) { code } }' })).body.data).toEqual({ districts: [expect.objectContaining({ code: expect.any(String) })] });
  });

  it('runs the partner client’s published operations by id for its bound key', async () => {
    const partner = new PartnerClient({ endpoint: stack.gatewayUrl, apiKey: 'meituan-app-key', documents: 'id-only' });
    const { actingWorker, errors } = await partner.forWorker('mt-10001').benefits(HERE);
    expect(errors).toEqual([]);
    expect(actingWorker).toMatchObject({ name: '王强', isUnionMember: true });
  });

  it('refuses an operation not published yet, by id and then as text, and runs it once published and reloaded', async () => {
    const partner = new PartnerClient({ endpoint: stack.gatewayUrl, apiKey: 'meituan-app-key' });
    // By id: not found; the client then sends the text, which a bound key may not send in production.
    const refused = await failure(partner.rewards());
    expect(refused).toMatchObject({ code: 'OPERATION_NOT_TRUSTED', status: 400, operation: 'Rewards', retryable: false });
    const byIdOnly = await failure(new PartnerClient({ endpoint: stack.gatewayUrl, apiKey: 'meituan-app-key', documents: 'id-only' }).rewards());
    expect(byIdOnly).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND', status: 400 });
    // A free-form key runs the same text.
    expect((await new PartnerClient({ endpoint: stack.gatewayUrl, apiKey: 'ops-admin-key' }).rewards()).length).toBeGreaterThan(0);

    const published = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'gateway/src/cli/publish-operations.ts', '--client', 'partner-client', '--dir', docs, 'examples/partner-client/src/operations/rewards.graphql'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(published.stderr).toBe('');
    expect(published.stdout).toMatch(/\+ Rewards [0-9a-f]{64}/);
    stack.signal('gateway', 'SIGHUP');
    await until(async () => (await partner.rewards().catch(() => [])).length > 0, 15_000, () => 'Rewards runs once published and the gateway reloaded');
  });

  it('counts requests and errors per API key and operation name in /metrics', async () => {
    await post('meituan-app-key', { query: 'query Probe { __typename }' });
    const res = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const text = await res.text();
    expect(text).toMatch(/gateway_operations_total\{key="meituan-app",operation="Benefits"[^}]*\} [1-9]/);
    expect(text).toMatch(/gateway_operation_errors_total\{key="meituan-app",operation="Probe",code="OPERATION_NOT_TRUSTED"[^}]*\} 1/);
    expect(text).toMatch(/gateway_operation_errors_total\{key="meituan-app",operation="Rewards",code="PERSISTED_QUERY_NOT_FOUND"[^}]*\} [1-9]/);
    expect(text).toMatch(/gateway_operations_total\{key="ops-admin",operation="Rewards"[^}]*\} [1-9]/);
    expect(text).toMatch(/gateway_untrusted_operations_total\{key="meituan-app",outcome="refused"[^}]*\} [1-9]/);
  });
});
