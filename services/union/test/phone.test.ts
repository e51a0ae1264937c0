import { Env } from '@nef/kit';
import { DEV_PHONE_ENCRYPTION_KEY, PhoneCipher, maskPhone, normalizePhone } from '../src/domain/phone';
import { errorCodesOf } from './support';

const KEY = 'a'.repeat(64);

describe('normalising mobile numbers', () => {
  it('accepts 11-digit mainland mobiles and strips +86/86, spaces and dashes', () => {
    expect(normalizePhone('13800138001')).toBe('13800138001');
    expect(normalizePhone('+86 138-0013-8001')).toBe('13800138001');
    expect(normalizePhone('8613800138001')).toBe('13800138001');
    expect(normalizePhone(' 150 0015 0005 ')).toBe('15000150005');
  });

  it('refuses landlines, short numbers, bad prefixes and letters as BAD_USER_INPUT', () => {
    for (const bad of ['010-12345678', '1380013800', '12800138001', '138001380012', '1380013800a', '+1 13800138001', '']) {
      expect(errorCodesOf(() => normalizePhone(bad))).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('masking', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13800138001')).toBe('138****8001');
    expect(maskPhone('15000150005')).toBe('150****0005');
  });
});

describe('encryption at rest', () => {
  const cipher = new PhoneCipher(Buffer.from(KEY, 'hex'));

  it('round-trips and uses a fresh IV each time', () => {
    const a = cipher.encrypt('13800138001');
    const b = cipher.encrypt('13800138001');
    expect(a).not.toBe(b);
    expect(a).not.toContain('13800138001');
    expect(cipher.decrypt(a)).toBe('13800138001');
    expect(cipher.decrypt(b)).toBe('13800138001');
  });

  it('stores iv | tag | ciphertext as base64', () => {
    expect(Buffer.from(cipher.encrypt('13800138001'), 'base64')).toHaveLength(12 + 16 + 11);
  });

  it('detects tampering with the ciphertext, the tag or the IV', () => {
    const stored = Buffer.from(cipher.encrypt('13800138001'), 'base64');
    for (const at of [0, 12, stored.length - 1]) {
      const altered = Buffer.from(stored);
      altered[at] = altered[at]! ^ 0x01;
      expect(() => cipher.decrypt(altered.toString('base64'))).toThrow();
    }
    expect(() => cipher.decrypt(stored.subarray(0, 20).toString('base64'))).toThrow();
  });

  it('cannot be read under another key', () => {
    const other = new PhoneCipher(Buffer.from('b'.repeat(64), 'hex'));
    expect(() => other.decrypt(cipher.encrypt('13800138001'))).toThrow();
  });

  it('hashes deterministically per key, so look-ups work and keys do not share hashes', () => {
    const other = new PhoneCipher(Buffer.from('b'.repeat(64), 'hex'));
    expect(cipher.hash('13800138001')).toBe(cipher.hash('13800138001'));
    expect(cipher.hash('13800138001')).toMatch(/^[0-9a-f]{64}$/);
    expect(cipher.hash('13800138001')).not.toBe(cipher.hash('13800138002'));
    expect(cipher.hash('13800138001')).not.toBe(other.hash('13800138001'));
  });
});

describe('the key from the environment', () => {
  it('uses PHONE_ENCRYPTION_KEY when set', () => {
    const fromEnv = PhoneCipher.fromEnv(new Env({ PHONE_ENCRYPTION_KEY: KEY }));
    const direct = new PhoneCipher(Buffer.from(KEY, 'hex'));
    expect(direct.decrypt(fromEnv.encrypt('13800138001'))).toBe('13800138001');
  });

  it('refuses to start in production without it', () => {
    expect(() => PhoneCipher.fromEnv(new Env({ NODE_ENV: 'production' }))).toThrow(
      'PHONE_ENCRYPTION_KEY must be set when NODE_ENV=production',
    );
  });

  it('refuses a key that is not 64 hex characters', () => {
    expect(() => PhoneCipher.fromEnv(new Env({ PHONE_ENCRYPTION_KEY: 'abc' }))).toThrow(/64 hexadecimal/);
    expect(() => PhoneCipher.fromEnv(new Env({ PHONE_ENCRYPTION_KEY: 'z'.repeat(64) }))).toThrow(/64 hexadecimal/);
  });

  it('falls back to the development key outside production', () => {
    const dev = new PhoneCipher(Buffer.from(DEV_PHONE_ENCRYPTION_KEY, 'hex'));
    expect(dev.decrypt(PhoneCipher.fromEnv(new Env({})).encrypt('13800138001'))).toBe('13800138001');
  });
});
