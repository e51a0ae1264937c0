import fs from 'node:fs';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Env } from './config';
import type { PrincipalSigner, TrustedKeys } from './principal';

/**
 * The Ed25519 keys of signed principals, as the processes read them from their settings:
 *  - the gateway holds the private key, PRINCIPAL_SIGNING_KEY (PEM, inline or a file path),
 *    known to subgraphs by PRINCIPAL_KEY_ID;
 *  - a subgraph holds public keys only, PRINCIPAL_PUBLIC_KEYS (a JWKS, inline or a file path),
 *    several while a key is rotated.
 * Outside production both default to the development key pair, derived from a published seed
 * so every process of `npm start` and the tests agree with no setup; production refuses it,
 * however it is given, and refuses to start without keys.
 */

/** The published seed of the development key pair: anyone can sign with it, so production never trusts it. */
export const DEV_PRINCIPAL_SEED = 'nef development principal key: published, never for production';
export const DEV_PRINCIPAL_KEY_ID = 'dev';

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** PKCS#8 DER of an Ed25519 private key, up to its 32-byte seed (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface PrincipalKeyPair {
  signer: PrincipalSigner;
  publicKey: KeyObject;
}

/** The key pair whose private key is derived from `seedText` (development and tests only: the seed is the key). */
export function keyPairFromSeed(seedText: string, kid: string): PrincipalKeyPair {
  const seed = createHash('sha256').update(seedText).digest();
  const key = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  return { signer: { kid, key }, publicKey: createPublicKey(key) };
}

/** A new random key pair (for `scripts/principal-key.mjs` and tests of rotation). */
export function generatePrincipalKeyPair(kid: string): PrincipalKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { signer: { kid, key: privateKey }, publicKey };
}

export const DEV_PRINCIPAL_KEYS: PrincipalKeyPair = keyPairFromSeed(DEV_PRINCIPAL_SEED, DEV_PRINCIPAL_KEY_ID);

/** An Ed25519 public key as a JWK (RFC 8037), with its key id. */
export interface PublicJwk {
  kty?: string;
  crv?: string;
  x?: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

/** A public key as a JWK with its key id, as PRINCIPAL_PUBLIC_KEYS lists them. */
export function publicJwk(kid: string, publicKey: KeyObject): PublicJwk {
  const { kty, crv, x } = publicKey.export({ format: 'jwk' });
  return { kty, crv, x, kid, alg: 'EdDSA', use: 'sig' };
}

/** A JWKS document (`{"keys": [...]}`) for PRINCIPAL_PUBLIC_KEYS. */
export function jwksOf(pairs: readonly { kid: string; publicKey: KeyObject }[]): string {
  return JSON.stringify({ keys: pairs.map((p) => publicJwk(p.kid, p.publicKey)) });
}

/**
 * INTERNAL_SECRET signed principals with a secret every subgraph held, so any subgraph could
 * mint one; it is gone, and a process given it stops rather than run with a false sense of it.
 */
export function refuseInternalSecret(env: Env): void {
  for (const name of ['INTERNAL_SECRET', 'INTERNAL_SECRET_PREVIOUS']) {
    if (env.str(name) !== undefined) {
      throw new Error(
        `${name} is no longer used: principals are signed with Ed25519. Give the gateway PRINCIPAL_SIGNING_KEY and PRINCIPAL_KEY_ID, ` +
          `and the subgraphs PRINCIPAL_PUBLIC_KEYS (see "Settings" in the README), then remove ${name}`,
      );
    }
  }
}

const isDevKey = (publicKey: KeyObject) => publicKey.equals(DEV_PRINCIPAL_KEYS.publicKey);

/** The gateway's signing key: PRINCIPAL_SIGNING_KEY and PRINCIPAL_KEY_ID, or the development key outside production. */
export function principalSigner(env: Env): PrincipalSigner {
  refuseInternalSecret(env);
  const setting = env.str('PRINCIPAL_SIGNING_KEY');
  const kid = env.str('PRINCIPAL_KEY_ID');
  if (!setting) {
    if (env.production) {
      throw new Error('PRINCIPAL_SIGNING_KEY must be set when NODE_ENV=production (an Ed25519 private key, PEM or a file path; make one with node scripts/principal-key.mjs)');
    }
    if (kid !== undefined && kid !== DEV_PRINCIPAL_KEY_ID) throw new Error('PRINCIPAL_KEY_ID is set but PRINCIPAL_SIGNING_KEY is not');
    return DEV_PRINCIPAL_KEYS.signer;
  }
  if (kid === undefined) throw new Error('PRINCIPAL_KEY_ID must be set with PRINCIPAL_SIGNING_KEY: the id subgraphs know its public key by');
  if (!KEY_ID.test(kid)) throw new Error(`PRINCIPAL_KEY_ID must be 1 to 64 letters, digits, ".", "_" or "-", got "${kid.slice(0, 80)}"`);
  let key: KeyObject;
  try {
    key = createPrivateKey(pemOrFile(setting, 'PRINCIPAL_SIGNING_KEY'));
  } catch (err) {
    throw new Error(`PRINCIPAL_SIGNING_KEY is not a private key in PEM: ${(err as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`PRINCIPAL_SIGNING_KEY must be an Ed25519 key, got ${key.asymmetricKeyType}`);
  if (env.production && isDevKey(createPublicKey(key))) {
    throw new Error('PRINCIPAL_SIGNING_KEY is the published development key; production needs a key of its own (node scripts/principal-key.mjs)');
  }
  return { kid, key };
}

/** The public keys a subgraph trusts: PRINCIPAL_PUBLIC_KEYS, or the development key outside production. */
export function trustedPrincipalKeys(env: Env): TrustedKeys {
  refuseInternalSecret(env);
  if (env.production && env.str('PRINCIPAL_SIGNING_KEY') !== undefined) {
    throw new Error('PRINCIPAL_SIGNING_KEY is set, but only the gateway may hold it: a subgraph takes PRINCIPAL_PUBLIC_KEYS alone');
  }
  const setting = env.str('PRINCIPAL_PUBLIC_KEYS');
  if (!setting) {
    if (env.production) throw new Error('PRINCIPAL_PUBLIC_KEYS must be set when NODE_ENV=production (a JWKS of the gateway\'s Ed25519 public keys, JSON or a file path)');
    return new Map([[DEV_PRINCIPAL_KEY_ID, DEV_PRINCIPAL_KEYS.publicKey]]);
  }
  const keys = parseJwks(pemOrFile(setting, 'PRINCIPAL_PUBLIC_KEYS', /^\s*[[{]/));
  if (env.production) {
    for (const [kid, key] of keys) {
      if (isDevKey(key)) throw new Error(`PRINCIPAL_PUBLIC_KEYS trusts the published development key (kid "${kid}"); production must not`);
    }
  }
  return keys;
}

/** Reads a JWKS (`{"keys": [...]}` or a bare array) of Ed25519 public keys, each with a distinct `kid`. */
export function parseJwks(text: string): TrustedKeys {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error('PRINCIPAL_PUBLIC_KEYS is not JSON: expected a JWKS, {"keys": [{"kty": "OKP", "crv": "Ed25519", "x": "...", "kid": "..."}]}');
  }
  const list = Array.isArray(doc) ? doc : (doc as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(list) || list.length === 0) throw new Error('PRINCIPAL_PUBLIC_KEYS holds no keys: expected {"keys": [...]} with at least one');
  const keys = new Map<string, KeyObject>();
  for (const [i, jwk] of list.entries()) {
    const j = (jwk ?? {}) as Record<string, unknown>;
    const where = `PRINCIPAL_PUBLIC_KEYS key ${i + 1}`;
    if (typeof j.kid !== 'string' || !KEY_ID.test(j.kid)) throw new Error(`${where} needs a "kid" of 1 to 64 letters, digits, ".", "_" or "-"`);
    if (j.d !== undefined) throw new Error(`${where} ("${j.kid}") holds a private key; subgraphs take public keys only`);
    if (j.kty !== 'OKP' || j.crv !== 'Ed25519' || typeof j.x !== 'string') throw new Error(`${where} ("${j.kid}") must be an Ed25519 key: {"kty": "OKP", "crv": "Ed25519", "x": ...}`);
    if (keys.has(j.kid)) throw new Error(`${where}: the key id "${j.kid}" appears twice`);
    try {
      keys.set(j.kid, createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: j.x }, format: 'jwk' }));
    } catch (err) {
      throw new Error(`${where} ("${j.kid}") is not a valid public key: ${(err as Error).message}`);
    }
  }
  return keys;
}

/** A setting given inline (PEM, or text matching `inline`) or as the path of a file holding it. */
function pemOrFile(setting: string, name: string, inline = /-----BEGIN /): string {
  if (inline.test(setting)) return setting;
  try {
    return fs.readFileSync(setting, 'utf8');
  } catch (err) {
    throw new Error(`${name}: cannot read the file ${setting} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
