import { randomInt } from 'node:crypto';
import { beijingYear, randomCode } from '@nef/kit/rules';

/** The alphabet of member number codes: the kit's randomCode alphabet (no 0/O, 1/I look-alikes). */
export const MEMBER_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const MEMBER_CODE_LENGTH = 8;

/**
 * The two letters of each province in member numbers: the GB/T 2260 alphabetic codes, as
 * ISO 3166-2:CN writes them (CN-BJ, CN-GD...), by the province's two-digit prefix.
 */
export const PROVINCE_LETTERS: Readonly<Record<string, string>> = {
  '11': 'BJ', '12': 'TJ', '13': 'HE', '14': 'SX', '15': 'NM', '21': 'LN', '22': 'JL', '23': 'HL',
  '31': 'SH', '32': 'JS', '33': 'ZJ', '34': 'AH', '35': 'FJ', '36': 'JX', '37': 'SD', '41': 'HA',
  '42': 'HB', '43': 'HN', '44': 'GD', '45': 'GX', '46': 'HI', '50': 'CQ', '51': 'SC', '52': 'GZ',
  '53': 'YN', '54': 'XZ', '61': 'SN', '62': 'GS', '63': 'QH', '64': 'NX', '65': 'XJ',
};

/** The letters of the province a region code (of any level) lies in. */
export function provinceLetters(regionCode: string): string {
  const letters = PROVINCE_LETTERS[regionCode.slice(0, 2)];
  // Codes reach here checked against the catalogue, which is mainland only.
  if (!letters) throw new Error(`no province letters for region ${regionCode}`);
  return letters;
}

/**
 * A member number: the letters of the province whose union the member first joined (GD for a
 * 惠州 branch, BJ for 朝阳区总工会) + the Beijing year of the first join (what a card shows) + an
 * 8-character code.
 */
export function memberNoOf(firstJoinedAt: Date, code: string, regionCode: string): string {
  return `${provinceLetters(regionCode)}${beijingYear(firstJoinedAt)}${code}`;
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
 * Province letters + year joined + 8 characters of an unguessable code (32^8 ≈ 10^12 per year),
 * so numbers cannot be walked to find other members. `regionCode` is where the member joins:
 * the branch's district, or the worker's for a branch without one.
 */
export function newMemberNo(at: Date, regionCode: string): string {
  return memberNoOf(at, randomCode(MEMBER_CODE_LENGTH), regionCode);
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
