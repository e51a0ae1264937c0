import { randomBytes } from 'node:crypto';

/**
 * What a closed account's enrolments name as their learner. Completions, seats of courses that
 * have ended and the subsidy ledger stay (figures and reconciliation add up from them), but
 * they no longer say whose they were: each row gets its own random id under this prefix, so
 * no two rows can be tied to the same person, and nothing maps it back. A worker id's third
 * group carries its UUID version (7 from newId, 8 from nameId), never 0000, so the prefix alone
 * says "erased".
 */
export const ERASED_WORKER_PREFIX = '00000000-0000-0000-';

/** A fresh learner id for one erased enrolment: UUID-shaped, like the worker ids it replaces. */
export function erasedWorkerId(): string {
  const h = randomBytes(8).toString('hex');
  return `${ERASED_WORKER_PREFIX}${h.slice(0, 4)}-${h.slice(4, 16)}`;
}

/** Whether a learner id is that of a closed account (see `erasedWorkerId`). */
export function isErasedWorker(workerId: string): boolean {
  return workerId.startsWith(ERASED_WORKER_PREFIX);
}
