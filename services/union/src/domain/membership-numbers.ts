import { randomInt } from 'node:crypto';
import { randomCode } from '@nef/kit';

/** The year in Beijing, which is what a member number printed on a card should show. */
export function shanghaiYear(at: Date): number {
  return new Date(at.getTime() + 8 * 3600_000).getUTCFullYear();
}

/**
 * BJ + year joined + 8 characters of an unguessable code (32^8 ≈ 10^12 per year), so numbers
 * cannot be walked to find other members.
 */
export function newMemberNo(at: Date): string {
  return `BJ${shanghaiYear(at)}${randomCode(8)}`;
}

/** 16 random decimal digits (no leading zero, so it never loses a digit in a spreadsheet). */
export function newCardNo(): string {
  let out = String(randomInt(1, 10));
  for (let i = 1; i < 16; i++) out += String(randomInt(0, 10));
  return out;
}
