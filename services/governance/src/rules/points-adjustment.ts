import { badUserInput, requireText } from '@nef/kit/rules';

export const MAX_ADJUSTMENT = 100_000;
export const MAX_ADJUSTMENT_NOTE_CHARS = 500;

/**
 * A manual correction of a balance (a refund outside the rules, a mistaken award): a non-zero
 * whole number of points within ±100000, with a note of 1 to 500 characters saying why.
 */
export function checkAdjustment(delta: number, note: string): { delta: number; note: string } {
  if (!Number.isInteger(delta) || delta === 0 || Math.abs(delta) > MAX_ADJUSTMENT) {
    throw badUserInput(`delta must be a non-zero whole number from -${MAX_ADJUSTMENT} to ${MAX_ADJUSTMENT}, got ${delta}`, { field: 'delta' });
  }
  return { delta, note: requireText('note', note, { max: MAX_ADJUSTMENT_NOTE_CHARS }) };
}
