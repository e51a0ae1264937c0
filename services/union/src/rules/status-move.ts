import { conflict } from '@nef/kit/rules';

/**
 * The status machines of the service are data (membership-status, measure-status,
 * case-status): which moves are allowed from each status. Setting the status a row already
 * has is not a move; callers treat it as a no-op, so a retried request changes nothing and
 * records nothing.
 *
 * Whether `from -> to` changes anything: false for the same status, true for an allowed
 * move, CONFLICT (naming the allowed moves) for anything else.
 */
export function checkMove<S extends string>(what: string, moves: Record<S, readonly S[]>, from: S, to: S): boolean {
  if (from === to) return false;
  const allowed = moves[from] ?? [];
  if (allowed.includes(to)) return true;
  throw conflict(
    `${what} cannot go from ${from} to ${to}; from ${from} it may go to ${allowed.length ? allowed.join(', ') : 'nothing (final)'}`,
  );
}
