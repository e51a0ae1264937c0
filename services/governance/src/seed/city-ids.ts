/**
 * Ids and codes of the generated data sets, drawn from the seed: the same seed, name and time give
 * the same id or code on any machine. Names are namespaced by the data set's scale, so the city and
 * national data sets never share an id or a code and can sit in one database.
 */
import type { DatasetScale } from '@nef/kit/seed';

/**
 * cyrb128: four 32-bit hashes of a string, well mixed. Not cryptographic, and need not be: it only
 * has to spread the names of rows over 128 bits, far faster than a SHA for half a million rows.
 */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');

/**
 * A UUIDv7-shaped id: 48 bits of the row's own time in milliseconds, then 74 bits drawn from its
 * name. Time-ordered like newId(), so lists ordered by id stay oldest first, yet the same for the
 * same seed, name and time on any machine.
 */
export function generatedRowId(seed: number, kind: string, key: string | number, atMs: number, scale: DatasetScale = 'city'): string {
  const [a, b, c] = hash128(`generated:${scale}:${seed}:governance:${kind}:${key}`);
  const ts = hex(Math.max(0, Math.floor(atMs)), 12);
  const version = 0x7000 | (a & 0x0fff);
  const variant = 0x8000 | ((a >>> 16) & 0x3fff);
  return `${ts.slice(0, 8)}-${ts.slice(8)}-${hex(version, 4)}-${hex(variant, 4)}-${hex(b & 0xffff, 4)}${hex(c, 8)}`;
}

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A code in randomCode's alphabet and length (up to 25), drawn from its name; never one already taken. */
export function generatedCode(seed: number, kind: string, key: string, length: number, taken: Set<string>, scale: DatasetScale = 'city'): string {
  for (let attempt = 0; ; attempt++) {
    const words = hash128(`generated:${scale}:${seed}:governance:${kind}:${key}:${attempt}`);
    let code = '';
    for (let i = 0; i < length; i++) code += CODE_ALPHABET[(words[i % 4]! >>> (5 * Math.floor(i / 4))) & 31];
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}
