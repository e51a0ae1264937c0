import { createHash, sign, verify, type KeyObject } from 'node:crypto';

export const PRINCIPAL_HEADER = 'x-nef-principal';

export type Role = 'anonymous' | 'partner' | 'dashboard' | 'operator' | 'admin';
export const ROLES: readonly Role[] = ['anonymous', 'partner', 'dashboard', 'operator', 'admin'];
export type Domain = 'stations' | 'training' | 'union' | 'governance';
export const DOMAINS: readonly Domain[] = ['stations', 'training', 'union', 'governance'];

/** Who is calling, as the gateway established it. */
export interface Principal {
  role: Role;
  /** The API key's id (absent for anonymous callers). */
  keyId?: string;
  /** Partners: the platform code, e.g. MEITUAN. */
  platform?: string;
  /**
   * Dashboards and operators: the regions they are limited to (absent: all), codes of the
   * national catalogue at any level: a province, a city, a county or a street. A key covers
   * every region inside one of its codes (see region-scope.ts).
   */
  districts?: string[];
  /** Operators: the domain they manage. */
  domain?: Domain;
  /** Partners acting for one of their workers: that worker's id. */
  workerId?: string;
}

export const ANONYMOUS: Principal = Object.freeze({ role: 'anonymous' });

/**
 * How long a signed principal lives (exp - iat). The gateway signs one per subgraph request,
 * just before sending it, so it is used within milliseconds; the rest is headroom for a slow
 * network, not a reuse window.
 */
export const PRINCIPAL_TTL_SECONDS = 30;
/** How far the subgraph's clock may disagree with the gateway's: added on both sides of [iat, exp]. */
export const PRINCIPAL_CLOCK_SKEW_SECONDS = 5;

/** The gateway's private key and the id subgraphs know its public key by. */
export interface PrincipalSigner {
  kid: string;
  /** An Ed25519 private key. */
  key: KeyObject;
}

/** The public keys a subgraph trusts, by key id (several during a rotation). */
export type TrustedKeys = ReadonlyMap<string, KeyObject>;

/** What a principal is bound to: the subgraph it is sent to and the exact body it travels with. */
export interface PrincipalBinding {
  /** The name of the subgraph (`aud`): another subgraph refuses it. */
  audience: string;
  /** The request body, byte for byte as sent (and as received). */
  body: string | Buffer;
  /** The time to sign or check at, in milliseconds; the system clock by default. */
  now?: number;
}

/** The hash of a request body that a principal carries (`bh`): SHA-256, base64url. */
export function bodyHash(body: string | Buffer): string {
  return createHash('sha256').update(body).digest('base64url');
}

const HEADER_TYPE = 'nef-principal+jwt';

/**
 * Signs a principal for one request, as a compact JWS (EdDSA): header `{alg, typ, kid}`, claims
 * `{p, aud, iat, exp, bh}`. Only the holder of the private key (the gateway) can make one.
 */
export function signPrincipal(principal: Principal, signer: PrincipalSigner, binding: PrincipalBinding): string {
  if (signer.key.type !== 'private' || signer.key.asymmetricKeyType !== 'ed25519') {
    throw new Error('a principal is signed with an Ed25519 private key');
  }
  const iat = Math.floor((binding.now ?? Date.now()) / 1000);
  const header = encode({ alg: 'EdDSA', typ: HEADER_TYPE, kid: signer.kid });
  const claims = encode({ p: principal, aud: binding.audience, iat, exp: iat + PRINCIPAL_TTL_SECONDS, bh: bodyHash(binding.body) });
  const signature = sign(null, Buffer.from(`${header}.${claims}`), signer.key).toString('base64url');
  return `${header}.${claims}.${signature}`;
}

export type VerifyResult = { ok: true; principal: Principal; kid: string } | { ok: false; reason: string };

/**
 * Verifies a signed principal header: format, key id among the trusted keys, signature,
 * audience, lifetime (at most PRINCIPAL_TTL_SECONDS, checked with PRINCIPAL_CLOCK_SKEW_SECONDS
 * of slack), body hash and shape. The reason of a refusal is for the log, never the caller.
 */
export function verifyPrincipal(header: string | undefined, trusted: TrustedKeys, binding: PrincipalBinding): VerifyResult {
  if (!header) return { ok: false, reason: 'missing principal' };
  const parts = header.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed principal' };
  const [headerPart, claimsPart, signaturePart] = parts as [string, string, string];
  const head = decode(headerPart);
  if (!head || head.alg !== 'EdDSA' || head.typ !== HEADER_TYPE || typeof head.kid !== 'string') {
    return { ok: false, reason: 'malformed principal' };
  }
  const key = trusted.get(head.kid);
  if (!key) return { ok: false, reason: `unknown key id "${head.kid.slice(0, 64)}"` };
  const signature = Buffer.from(signaturePart, 'base64url');
  if (signature.length !== 64 || !verify(null, Buffer.from(`${headerPart}.${claimsPart}`), key, signature)) {
    return { ok: false, reason: 'bad signature' };
  }
  const claims = decode(claimsPart);
  if (!claims) return { ok: false, reason: 'malformed principal' };
  if (claims.aud !== binding.audience) return { ok: false, reason: `principal for another subgraph (${String(claims.aud).slice(0, 64)})` };
  const { iat, exp } = claims;
  if (typeof iat !== 'number' || typeof exp !== 'number' || !(exp > iat) || exp - iat > PRINCIPAL_TTL_SECONDS) {
    return { ok: false, reason: 'principal lifetime out of bounds' };
  }
  const nowSec = (binding.now ?? Date.now()) / 1000;
  if (nowSec > exp + PRINCIPAL_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'expired principal' };
  if (iat > nowSec + PRINCIPAL_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'principal from the future' };
  if (claims.bh !== bodyHash(binding.body)) return { ok: false, reason: 'principal signed for another body' };
  const principal = parsePrincipal(claims.p);
  if (!principal) return { ok: false, reason: 'malformed principal' };
  return { ok: true, principal, kid: head.kid };
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function parsePrincipal(value: unknown): Principal | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (!ROLES.includes(v.role as Role)) return undefined;
  const optionalString = (x: unknown) => x === undefined || typeof x === 'string';
  if (!optionalString(v.keyId) || !optionalString(v.platform) || !optionalString(v.workerId)) return undefined;
  if (v.domain !== undefined && !DOMAINS.includes(v.domain as Domain)) return undefined;
  if (v.districts !== undefined && !(Array.isArray(v.districts) && v.districts.every((d) => typeof d === 'string'))) {
    return undefined;
  }
  if (v.role === 'partner' && typeof v.platform !== 'string') return undefined;
  if (v.role === 'operator' && v.domain === undefined) return undefined;
  return v as unknown as Principal;
}
