import { Env } from '@nef/kit';
import { PhoneCipher } from '../src/rules/phone-cipher';
import { DEV_PHONE_ENCRYPTION_KEY, phoneCipherFromEnv } from '../src/settings';

const KEY = 'a'.repeat(64);

describe('the key from the environment', () => {
  it('uses PHONE_ENCRYPTION_KEY when set', () => {
    const fromEnv = phoneCipherFromEnv(new Env({ PHONE_ENCRYPTION_KEY: KEY }));
    const direct = new PhoneCipher(Buffer.from(KEY, 'hex'));
    expect(direct.decrypt(fromEnv.encrypt('13800138001'))).toBe('13800138001');
  });

  it('refuses to start in production without it', () => {
    expect(() => phoneCipherFromEnv(new Env({ NODE_ENV: 'production' }))).toThrow(
      'PHONE_ENCRYPTION_KEY must be set when NODE_ENV=production',
    );
  });

  it('refuses a key that is not 64 hex characters', () => {
    expect(() => phoneCipherFromEnv(new Env({ PHONE_ENCRYPTION_KEY: 'abc' }))).toThrow(/64 hexadecimal/);
    expect(() => phoneCipherFromEnv(new Env({ PHONE_ENCRYPTION_KEY: 'z'.repeat(64) }))).toThrow(/64 hexadecimal/);
  });

  it('falls back to the development key outside production', () => {
    const dev = new PhoneCipher(Buffer.from(DEV_PHONE_ENCRYPTION_KEY, 'hex'));
    expect(dev.decrypt(phoneCipherFromEnv(new Env({})).encrypt('13800138001'))).toBe('13800138001');
  });
});
