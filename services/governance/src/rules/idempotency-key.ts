import { requireText } from '@nef/kit/rules';

export const MAX_IDEMPOTENCY_KEY_CHARS = 100;

/** A caller's idempotency key: 1 to 100 characters, kept exactly as sent (not trimmed). */
export function requireIdempotencyKey(value: string, field = 'idempotencyKey'): string {
  return requireText(field, value, { max: MAX_IDEMPOTENCY_KEY_CHARS, trim: false });
}
