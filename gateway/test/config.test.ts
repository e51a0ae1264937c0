import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_PRINCIPAL_KEYS, Env } from '@nef/kit';
import { TEST_PRINCIPAL_ENV } from '@nef/kit/testing';
import { loadConfig } from '../src/config';
import { hashKey } from '../src/keys';

/** A signing key of its own (the test key: not the published development one). */
const SIGNING = TEST_PRINCIPAL_ENV.gateway;

function keysFile(entries: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nef-keys-')), 'keys.json');
  fs.writeFileSync(file, JSON.stringify(entries));
  return file;
}

describe('gateway settings', () => {
  it('uses the published demo keys when no keys file is given outside production', () => {
    const config = loadConfig(new Env({}));
    expect(config.demoKeys).toBe(true);
    expect(config.keys.principalFor('demo-meituan')).toEqual({ role: 'partner', keyId: 'demo-meituan', platform: 'MEITUAN' });
    expect(config.keys.principalFor('demo-meituan ')).toBeUndefined();
  });

  it('refuses to start in production without a principal signing key, or with the development one', () => {
    const file = keysFile([{ id: 'a', sha256: hashKey('real-key'), role: 'admin' }]);
    expect(() => loadConfig(new Env({ NODE_ENV: 'production', API_KEYS_FILE: file }))).toThrow(/PRINCIPAL_SIGNING_KEY must be set/);
    const dev = DEV_PRINCIPAL_KEYS.signer.key.export({ format: 'pem', type: 'pkcs8' }).toString();
    const devFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nef-principal-')), 'dev.pem');
    fs.writeFileSync(devFile, dev);
    for (const key of [dev, devFile]) {
      expect(() => loadConfig(new Env({ NODE_ENV: 'production', API_KEYS_FILE: file, PRINCIPAL_SIGNING_KEY: key, PRINCIPAL_KEY_ID: 'prod' }))).toThrow(
        /published development key/,
      );
    }
  });

  it('refuses to start in production without a keys file, or with a demo key in it', () => {
    expect(() => loadConfig(new Env({ NODE_ENV: 'production', ...SIGNING }))).toThrow(/API_KEYS_FILE must be set/);
    const file = keysFile([
      { id: 'real', sha256: hashKey('real-key'), role: 'admin' },
      { id: 'sneaky', sha256: hashKey('demo-admin'), role: 'admin' },
    ]);
    expect(() => loadConfig(new Env({ NODE_ENV: 'production', ...SIGNING, API_KEYS_FILE: file }))).toThrow(/published demo key/);
  });

  it('starts in production with real keys and a signing key of its own', () => {
    const file = keysFile([{ id: 'mt', sha256: hashKey('real-key'), role: 'partner', platform: 'MEITUAN' }]);
    const config = loadConfig(new Env({ NODE_ENV: 'production', ...SIGNING, API_KEYS_FILE: file }));
    expect(config.production).toBe(true);
    expect(config.demoKeys).toBe(false);
    expect(config.keys.principalFor('real-key')).toEqual({ role: 'partner', keyId: 'mt', platform: 'MEITUAN' });
    expect(config.keys.principalFor('demo-admin')).toBeUndefined();
  });

  it('refuses INTERNAL_SECRET, even the published development one, pointing to the signing key settings', () => {
    for (const env of [{ INTERNAL_SECRET: 'dev-only-internal-secret-change-me' }, { NODE_ENV: 'production', ...SIGNING, INTERNAL_SECRET: 'a-production-secret-of-at-least-32-characters' }]) {
      expect(() => loadConfig(new Env(env))).toThrow(/INTERNAL_SECRET is no longer used.*PRINCIPAL_SIGNING_KEY/);
    }
  });

  it.each([
    [[{ id: 'p', sha256: hashKey('k'), role: 'partner' }], /partners need "platform"/],
    [[{ id: 'o', sha256: hashKey('k'), role: 'operator' }], /operators need "domain"/],
    [[{ id: 'o', sha256: hashKey('k'), role: 'operator', domain: 'payroll' }], /operators need "domain"/],
    [[{ id: 'x', sha256: 'not-hex', role: 'admin' }], /"sha256" must be/],
    [[{ id: 'x', sha256: hashKey('k'), role: 'root' }], /"role" must be one of/],
    [[{ id: 'd', sha256: hashKey('k'), role: 'dashboard', districts: ['Chaoyang'] }], /"Chaoyang" is not one/],
    [[{ id: 'd', sha256: hashKey('k'), role: 'dashboard', regions: ['999999'] }], /"999999" is not one/],
    [[{ id: 'a', sha256: hashKey('k1'), role: 'admin' }, { id: 'a', sha256: hashKey('k2'), role: 'admin' }], /appears twice/],
    [{ id: 'a' }, /JSON array/],
  ])('rejects a malformed keys file with a message naming the problem (%#)', (entries, message) => {
    expect(() => loadConfig(new Env({ API_KEYS_FILE: keysFile(entries) }))).toThrow(message);
  });

  it('gives operators and dashboards their districts, and partners their platform only', () => {
    const file = keysFile([
      { id: 'op', sha256: hashKey('op'), role: 'operator', domain: 'stations', districts: ['110105'], platform: 'IGNORED' },
      { id: 'dash', sha256: hashKey('dash'), role: 'dashboard', districts: ['110105', '110108'] },
    ]);
    const { keys } = loadConfig(new Env({ API_KEYS_FILE: file }));
    expect(keys.principalFor('op')).toEqual({ role: 'operator', keyId: 'op', domain: 'stations', districts: ['110105'] });
    expect(keys.principalFor('dash')).toEqual({ role: 'dashboard', keyId: 'dash', districts: ['110105', '110108'] });
  });

  it('limits a key to regions at any level, read in their short form', () => {
    const file = keysFile([
      { id: 'huizhou', sha256: hashKey('hz'), role: 'dashboard', regions: ['441300000000'] },
      { id: 'jiangsu-union', sha256: hashKey('js'), role: 'operator', domain: 'union', regions: ['320000', '110105015'] },
    ]);
    const { keys } = loadConfig(new Env({ API_KEYS_FILE: file }));
    expect(keys.principalFor('hz')).toEqual({ role: 'dashboard', keyId: 'huizhou', districts: ['441300'] });
    expect(keys.principalFor('js')).toEqual({ role: 'operator', keyId: 'jiangsu-union', domain: 'union', districts: ['320000', '110105015'] });
  });
});
