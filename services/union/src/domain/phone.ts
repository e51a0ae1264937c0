import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Env, badUserInput } from '@nef/kit';

const MOBILE = /^1[3-9]\d{9}$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A mainland mobile number as stored and compared: 11 digits. Accepts an optional +86 / 86
 * prefix and spaces or dashes between digits; anything else is BAD_USER_INPUT.
 */
export function normalizePhone(input: string): string {
  const compact = input.trim().replace(/[\s-]/g, '');
  const national = compact.replace(/^(?:\+86|86)(?=\d{11}$)/, '');
  if (!MOBILE.test(national)) {
    throw badUserInput('phone must be a mainland mobile number: 11 digits starting 13-19, optionally after +86', {
      field: 'phone',
    });
  }
  return national;
}

/** The normalised number when `input` is a mainland mobile number, else null (for searches). */
export function asMobile(input: string): string | null {
  try {
    return normalizePhone(input);
  } catch {
    return null;
  }
}

/** 138****1234: enough for a person to recognise their own number, not to call it. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/**
 * Development key only: lets the embedded demo run without configuration. Phones encrypted
 * with it are not protected; production refuses to start without PHONE_ENCRYPTION_KEY.
 */
export const DEV_PHONE_ENCRYPTION_KEY = '6e65662d6465762d6f6e6c792d70686f6e652d6b65792d6e6f742d7365637265';

/**
 * Phones at rest: AES-256-GCM with a random 12-byte IV per value, stored as
 * base64(iv | tag | ciphertext); the tag makes any tampering fail to decrypt. A keyed hash
 * (HMAC-SHA256 under a key derived from the same secret) gives uniqueness and look-up
 * without decrypting, and without letting someone with the table alone enumerate numbers.
 */
export class PhoneCipher {
  private readonly hashKey: Buffer;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the phone encryption key must be 32 bytes');
    this.hashKey = createHmac('sha256', key).update('phone-hash').digest();
  }

  /** From PHONE_ENCRYPTION_KEY (64 hex characters); the development key outside production. */
  static fromEnv(env: Env = new Env()): PhoneCipher {
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

  encrypt(phone: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
  }

  /** Throws when the value was altered or encrypted under another key. */
  decrypt(stored: string): string {
    const raw = Buffer.from(stored, 'base64');
    if (raw.length <= IV_BYTES + TAG_BYTES) throw new Error('encrypted phone is too short');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** The look-up hash of a normalised number (hex). */
  hash(phone: string): string {
    return createHmac('sha256', this.hashKey).update(phone).digest('hex');
  }
}
