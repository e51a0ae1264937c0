import { Env } from '@nef/kit';
import { PhoneCipher } from './rules/phone-cipher';

/**
 * Development key only: lets the embedded demo run without configuration. Phones encrypted
 * with it are not protected; production refuses to start without PHONE_ENCRYPTION_KEY.
 */
export const DEV_PHONE_ENCRYPTION_KEY = '6e65662d6465762d6f6e6c792d70686f6e652d6b65792d6e6f742d7365637265';

/** The phone cipher under PHONE_ENCRYPTION_KEY (64 hex characters); the development key outside production. */
export function phoneCipherFromEnv(env: Env = new Env()): PhoneCipher {
  const hex = env.str('PHONE_ENCRYPTION_KEY');
  if (hex === undefined) {
    if (env.production) throw new Error('PHONE_ENCRYPTION_KEY must be set when NODE_ENV=production');
    return new PhoneCipher(Buffer.from(DEV_PHONE_ENCRYPTION_KEY, 'hex'));
  }
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new Error('PHONE_ENCRYPTION_KEY must be 64 hexadecimal characters (32 bytes)');
  }
  return new PhoneCipher(Buffer.from(hex, 'hex'));
}

/** The process's phone cipher, read once at start-up so a missing production key stops the service. */
export const phones = phoneCipherFromEnv();
