import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashKey } from '../../gateway/src/keys';
import { startStack, until, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

const entry = (id: string, key: string) => ({ id, sha256: hashKey(key), role: 'dashboard' });

describe('rotating API keys without a restart', () => {
  let stack: Stack;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-rotate-'));
    file = path.join(dir, 'keys.json');
    fs.writeFileSync(file, JSON.stringify([entry('old', 'old-key')]));
    stack = await startStack({ API_KEYS_FILE: file });
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const status = async (key: string) =>
    (await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: '{"query":"{ __typename }"}' })).status;
  /** Sends SIGHUP and waits for the gateway to say it reloaded its keys, or kept the old ones. */
  const reload = async () => {
    const outcomes = () => (stack.output('gateway').match(/API keys (reloaded|not reloaded)/g) ?? []).length;
    const before = outcomes();
    stack.signal('gateway', 'SIGHUP');
    await until(() => outcomes() > before, 15_000, () => 'the gateway logged no reload');
  };

  it('takes a new key and drops a revoked one on SIGHUP, and keeps the keys when the file is broken', async () => {
    expect(await status('old-key')).toBe(200);
    expect(await status('new-key')).toBe(401);

    fs.writeFileSync(file, JSON.stringify([entry('old', 'old-key'), entry('new', 'new-key')]));
    await reload();
    expect(await status('new-key')).toBe(200);
    expect(await status('old-key')).toBe(200);

    fs.writeFileSync(file, JSON.stringify([entry('new', 'new-key')]));
    await reload();
    expect(await status('old-key')).toBe(401);

    fs.writeFileSync(file, '{ not json');
    await reload();
    expect(await status('new-key')).toBe(200);
  });
});
