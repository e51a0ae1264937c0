import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashKey } from '../../gateway/src/keys';
import { startStack, type Stack } from '../support/stack';

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
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const status = async (key: string) =>
    (await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: '{"query":"{ __typename }"}' })).status;
  const reload = async () => {
    stack.signal('gateway', 'SIGHUP');
    await new Promise((r) => setTimeout(r, 300));
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
