import { PhoneCipher } from '../../src/rules/phone-cipher';

const KEY = 'a'.repeat(64);

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
