import { badUserInput } from '@nef/kit/rules';

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * A mainland mobile number as stored and compared: 11 digits. Accepts an optional +86 / 86
 * prefix and spaces or dashes between digits; anything else is BAD_USER_INPUT.
 */
export function normalizePhone(input: string): string {
  const compact = input.trim().replace(/[\s-]/g, '');
  const national = compact.replace(/^(?:\+86|86)(?=\d{11}$)/, '');
  if (!MOBILE.test(national)) {
    throw badUserInput('phone must be a mainland mobile number: 11 digits starting 13-19, optionally after +86', {
      field: 'phone',
    });
  }
  return national;
}

/** The normalised number when `input` is a mainland mobile number, else null (for searches). */
export function asMobile(input: string): string | null {
  try {
    return normalizePhone(input);
  } catch {
    return null;
  }
}

/** 138****1234: enough for a person to recognise their own number, not to call it. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** The last four digits, stored in clear for searching by them. */
export function phoneLast4(phone: string): string {
  return phone.slice(-4);
}
