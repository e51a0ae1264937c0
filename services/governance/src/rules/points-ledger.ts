import { badUserInput, conflict, requireText } from '@nef/kit/rules';

/**
 * The points ledger's chain. Entries are only appended; each carries the balance after it, which
 * follows from the balance before and never goes below zero; and each is dated strictly after the
 * worker's previous entry, so that ordering a worker's entries by time follows the chain.
 * appendEntry (commands) and the city data set's generator (seed) both build entries with these.
 */

/** Longest reference an entry may carry (the column's width). */
export const MAX_REFERENCE_CHARS = 100;

/** A ledger entry moves a non-zero whole number of points; its reference, when it has one, fits the column. */
export function checkEntry(delta: number, reference: string | null): void {
  if (!Number.isInteger(delta) || delta === 0) {
    throw badUserInput(`a points entry moves a non-zero whole number of points, got ${delta}`, { field: 'delta' });
  }
  if (reference !== null) requireText('reference', reference, { max: MAX_REFERENCE_CHARS, trim: false });
}

/** The balance after an entry of `delta` on `balance`; CONFLICT when it would go below zero. */
export function balanceAfter(balance: number, delta: number): number {
  const after = balance + delta;
  if (after < 0) throw conflict(`insufficient points: the balance is ${balance}, this needs ${-delta}`);
  return after;
}

/**
 * When an entry that happened at `at` is dated: at its own time, but strictly after the worker's
 * previous entry (two appends in one millisecond would otherwise tie).
 */
export function entryTime(previousAt: number | null, at: number): number {
  return previousAt !== null && previousAt >= at ? previousAt + 1 : at;
}
