import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Phones at rest: AES-256-GCM with a random 12-byte IV per value, stored as
 * base64(iv | tag | ciphertext); the tag makes any tampering fail to decrypt. A keyed hash
 * (HMAC-SHA256 under a key derived from the same secret) gives uniqueness and look-up
 * without decrypting, and without letting someone with the table alone enumerate numbers.
 * The key comes from the settings (PHONE_ENCRYPTION_KEY).
 */
export class PhoneCipher {
  private readonly hashKey: Buffer;
  /** The key one-time codes are hashed under (rules/consent), derived from the same secret. */
  readonly codeKey: Buffer;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the phone encryption key must be 32 bytes');
    this.hashKey = createHmac('sha256', key).update('phone-hash').digest();
    this.codeKey = createHmac('sha256', key).update('consent-code').digest();
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
