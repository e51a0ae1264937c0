import { createHmac, timingSafeEqual } from 'node:crypto';

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
  /** Dashboards and operators: the district codes they are limited to (absent: all). */
  districts?: string[];
  /** Operators: the domain they manage. */
  domain?: Domain;
  /** Partners acting for one of their workers: that worker's id. */
  workerId?: string;
}

export const ANONYMOUS: Principal = Object.freeze({ role: 'anonymous' });

const VERSION = 'v1';
/** How long a signed principal is accepted; the gateway signs one per subgraph request. */
export const PRINCIPAL_TTL_SECONDS = 60;
const CLOCK_SKEW_SECONDS = 30;

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`${VERSION}.${payload}`).digest();
}

/** Signs a principal for one request: `v1.<payload>.<hmac>`, both base64url. */
export function signPrincipal(principal: Principal, secret: string, now = Date.now()): string {
  const iat = Math.floor(now / 1000);
  const payload = Buffer.from(JSON.stringify({ p: principal, iat, exp: iat + PRINCIPAL_TTL_SECONDS })).toString(
    'base64url',
  );
  return `${VERSION}.${payload}.${mac(secret, payload).toString('base64url')}`;
}

export type VerifyResult = { ok: true; principal: Principal } | { ok: false; reason: string };

/**
 * Verifies a signed principal header: format, signature (constant time), expiry and shape.
 * Several secrets are accepted while the internal secret is being rotated.
 */
export function verifyPrincipal(header: string | undefined, secrets: string | readonly string[], now = Date.now()): VerifyResult {
  if (!header) return { ok: false, reason: 'missing principal' };
  const parts = header.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION) return { ok: false, reason: 'malformed principal' };
  const [, payload, signature] = parts as [string, string, string];
  const given = Buffer.from(signature, 'base64url');
  const signedWithOne = (typeof secrets === 'string' ? [secrets] : secrets).some((secret) => {
    const expected = mac(secret, payload);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!signedWithOne) return { ok: false, reason: 'bad signature' };
  let body: { p?: unknown; iat?: unknown; exp?: unknown };
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed principal' };
  }
  const nowSec = Math.floor(now / 1000);
  if (typeof body.exp !== 'number' || typeof body.iat !== 'number') return { ok: false, reason: 'malformed principal' };
  if (body.exp < nowSec - CLOCK_SKEW_SECONDS) return { ok: false, reason: 'expired principal' };
  if (body.iat > nowSec + CLOCK_SKEW_SECONDS) return { ok: false, reason: 'principal from the future' };
  const principal = parsePrincipal(body.p);
  if (!principal) return { ok: false, reason: 'malformed principal' };
  return { ok: true, principal };
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
