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
 * A name as a certificate check may show it: the first character (the surname, for most
 * Chinese names) and a star for every other character; spaces are kept. "王强" -> "王*",
 * "欧阳娜娜" -> "欧***". A one-character name is all stars.
 */
export function maskName(name: string): string {
  const chars = [...name.trim().replace(/\s+/g, ' ')];
  if (chars.length <= 1) return '*';
  return chars.map((ch, i) => (i === 0 || ch === ' ' ? ch : '*')).join('');
}
