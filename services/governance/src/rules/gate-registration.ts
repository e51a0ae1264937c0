import { badUserInput, maskName as maskKitName, requireText } from '@nef/kit/rules';

export const GATE_PASS_REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export type GatePassRequestStatus = (typeof GATE_PASS_REQUEST_STATUSES)[number];

/** What a check at the gate found. */
export const GATE_CHECK_RESULTS = ['ADMITTED', 'UNKNOWN_CODE', 'WRONG_COMMUNITY', 'EXPIRED', 'REVOKED'] as const;
export type GateCheckResult = (typeof GATE_CHECK_RESULTS)[number];

export const MAX_HOLDER_NAME_CHARS = 50;
export const MAX_REASON_CHARS = 500;

/** The name a worker fills in at registration: 1 to 50 characters. */
export const requireHolderName = (name: string, field = 'holderName') => requireText(field, name, { max: MAX_HOLDER_NAME_CHARS });

/** A refusal or revocation says why: 1 to 500 characters. */
export const requireReason = (reason: string | null | undefined, field = 'reason') => {
  if (reason == null) throw badUserInput(`${field} is required: say why`, { field });
  return requireText(field, reason, { max: MAX_REASON_CHARS });
};

/** A platform code as partners' keys carry them: 2 to 32 capital letters, digits or underscores (e.g. MEITUAN). */
export function requirePlatformCode(code: string, field = 'platform'): string {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z0-9_]{2,32}$/.test(c)) throw badUserInput(`${field} must be a platform code such as MEITUAN, got "${code.slice(0, 40)}"`, { field });
  return c;
}

/**
 * The name as the guard sees it: enough to compare with the rider in front of the gate, not
 * enough to copy. The kit's rule with the last character kept (王*强, 欧**锋, 王*; one
 * character becomes *).
 */
export const maskName = (name: string): string => maskKitName(name, { keepLast: true });

/**
 * What a guard's check finds for a scanned code at a community: no pass, a pass of another
 * community (a screenshot brought to the wrong gate), a revoked or expired pass, or entry.
 */
export function checkResult(
  pass: { communityId: string; expiresAt: Date; revokedAt: Date | null } | null,
  communityId: string,
  now: Date,
): GateCheckResult {
  if (!pass) return 'UNKNOWN_CODE';
  if (pass.communityId !== communityId) return 'WRONG_COMMUNITY';
  if (pass.revokedAt !== null) return 'REVOKED';
  if (pass.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'ADMITTED';
}
