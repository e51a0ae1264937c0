import { randomCode, requireText } from '@nef/kit/rules';

export const CERTIFICATE_PREFIX = 'TRN-';
/** 16 characters of a 32-letter alphabet: 80 random bits, not guessable by trying numbers. */
const CODE_LENGTH = 16;
export const MAX_HOLDER_NAME = 50;
/** What verification shows when no holder name was given at completion. */
export const UNRECORDED_HOLDER = '***';

/** A new certificate number; `code` draws the characters (the kit's `randomCode` unless a data set draws them itself). */
export function newCertificateNumber(code: (n: number) => string = randomCode): string {
  return `${CERTIFICATE_PREFIX}${code(CODE_LENGTH)}`;
}

export const MAX_REVOCATION_REASON = 200;

/** Why a certificate is revoked: 1 to 200 characters once trimmed, shown by the public check. */
export function checkRevocationReason(reason: string): string {
  return requireText('reason', reason, { max: MAX_REVOCATION_REASON });
}

/** Where a certificate stands for a public check: VALID until revoked. */
export function certificateStatus(revokedAt: Date | null | undefined): 'VALID' | 'REVOKED' {
  return revokedAt ? 'REVOKED' : 'VALID';
}

/**
 * The link a QR code on the certificate carries: the public check page under the configured
 * base, the number in the query string. Null without a base or a number.
 */
export function verificationUrl(base: string | null, number: string | null): string | null {
  if (!base || !number) return null;
  return `${base}/certificate?number=${encodeURIComponent(number)}`;
}

/** A number as people type it back: spaces around it and lower case do not matter. */
export function normaliseCertificateNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** The holder's name as the organiser gave it at completion: optional, 1 to 50 characters once trimmed. */
export function checkHolderName(holderName: string | null | undefined): string | null {
  if (holderName == null) return null;
  return requireText('holderName', holderName, { max: MAX_HOLDER_NAME });
}

/**
 * A name as a certificate check may show it: the kit's rule (the first character and a star for
 * every other; spaces kept). "王强" -> "王*", "欧阳娜娜" -> "欧***".
 */
export { maskName } from '@nef/kit/rules';
