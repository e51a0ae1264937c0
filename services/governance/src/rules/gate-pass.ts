import { DAY_MS, randomCode } from '@nef/kit/rules';

/** 20 characters of a 32-letter alphabet: 100 bits, far beyond guessing at a gate. */
export const PASS_CODE_LENGTH = 20;
export const newPassCode = () => randomCode(PASS_CODE_LENGTH);

/** Longest code worth looking up: codes are shorter, so anything longer names no pass. */
export const MAX_PASS_CODE_CHARS = 32;

/** Codes are read back case-insensitively and without surrounding spaces. */
export const normalizePassCode = (code: string) => code.trim().toUpperCase();

/** A pass lets its holder through while now is before its expiry, unless it was revoked. */
export function isPassValid(pass: { expiresAt: Date; revokedAt?: Date | null }, now: Date): boolean {
  return pass.expiresAt.getTime() > now.getTime() && (pass.revokedAt ?? null) === null;
}

/** `isPassValid` in SQL, over gate_passes' columns, with the instant as the parameter `:now`. */
export const VALID_PASS_SQL = '(expires_at > :now AND revoked_at IS NULL)';

export type IssuePlan = { kind: 'extend'; expiresAt: Date } | { kind: 'issue'; expiresAt: Date };

/**
 * Issuing at a community where the worker holds a valid pass extends that pass (same code, so
 * the QR code a rider saved keeps working) to now + the community's validity, never shortening
 * it; otherwise (none, expired or revoked) a new pass with a new code is issued.
 */
export function planIssue(current: { expiresAt: Date; revokedAt?: Date | null } | null, validityDays: number, now: Date): IssuePlan {
  const fresh = new Date(now.getTime() + validityDays * DAY_MS);
  if (current && isPassValid(current, now)) {
    return { kind: 'extend', expiresAt: fresh.getTime() > current.expiresAt.getTime() ? fresh : current.expiresAt };
  }
  return { kind: 'issue', expiresAt: fresh };
}
