import { randomInt } from 'node:crypto';
import { beijingYear, randomCode } from '@nef/kit/rules';

/** The alphabet of member number codes: the kit's randomCode alphabet (no 0/O, 1/I look-alikes). */
export const MEMBER_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const MEMBER_CODE_LENGTH = 8;

/** A member number: BJ + the Beijing year of the first join (what a card shows) + an 8-character code. */
export function memberNoOf(firstJoinedAt: Date, code: string): string {
  return `BJ${beijingYear(firstJoinedAt)}${code}`;
}

/** The code of a whole number below 32^8, written in MEMBER_CODE_ALPHABET: distinct numbers give distinct codes. */
export function memberCodeOf(n: number): string {
  let v = n;
  let code = '';
  for (let i = 0; i < MEMBER_CODE_LENGTH; i++) {
    code = MEMBER_CODE_ALPHABET[v % MEMBER_CODE_ALPHABET.length]! + code;
    v = Math.floor(v / MEMBER_CODE_ALPHABET.length);
  }
  return code;
}

/**
 * BJ + year joined + 8 characters of an unguessable code (32^8 ≈ 10^12 per year), so numbers
 * cannot be walked to find other members.
 */
export function newMemberNo(at: Date): string {
  return memberNoOf(at, randomCode(MEMBER_CODE_LENGTH));
}

/** A card number: 16 decimal digits, `firstDigit` (1 to 9, so it never loses a digit in a spreadsheet) then `rest` (below 10^15). */
export function cardNoOf(firstDigit: number, rest: number): string {
  return `${firstDigit}${String(rest).padStart(15, '0')}`;
}

/** 16 random decimal digits without a leading zero. */
export function newCardNo(): string {
  let out = String(randomInt(1, 10));
  for (let i = 1; i < 16; i++) out += String(randomInt(0, 10));
  return out;
}
