import { randomCode } from '@nef/kit';

export const DAY_MS = 24 * 3600 * 1000;

/** 20 characters of a 32-letter alphabet: 100 bits, far beyond guessing at a gate. */
export const PASS_CODE_LENGTH = 20;
export const newPassCode = () => randomCode(PASS_CODE_LENGTH);

/** A pass lets its holder through while now is before its expiry. */
export function isPassValid(pass: { expiresAt: Date }, now: Date): boolean {
  return pass.expiresAt.getTime() > now.getTime();
}

export type IssuePlan = { kind: 'extend'; expiresAt: Date } | { kind: 'issue'; expiresAt: Date };

/**
 * Issuing at a community where the worker holds a valid pass extends that pass (same code, so
 * the QR code a rider saved keeps working) to now + the community's validity, never shortening
 * it; otherwise a new pass with a new code is issued.
 */
export function planIssue(current: { expiresAt: Date } | null, validityDays: number, now: Date): IssuePlan {
  const fresh = new Date(now.getTime() + validityDays * DAY_MS);
  if (current && isPassValid(current, now)) {
    return { kind: 'extend', expiresAt: fresh.getTime() > current.expiresAt.getTime() ? fresh : current.expiresAt };
  }
  return { kind: 'issue', expiresAt: fresh };
}
