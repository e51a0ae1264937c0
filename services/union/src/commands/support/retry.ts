import { isUniqueViolation } from '@nef/kit';

/**
 * Runs an idempotent write again when it lost a race on a unique index: the next attempt runs
 * in a fresh transaction, so it reads what the winner committed and takes the "already there"
 * path. Other errors, and a violation that persists, go to the caller.
 */
export async function retryOnUniqueViolation<T>(attempts: number, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= attempts || !isUniqueViolation(err)) throw err;
    }
  }
}
