import { badUserInput, isId } from '@nef/kit';

const DISTRICT_CODE = /^\d{6}$/;

/** A trimmed text of min..max characters (counted as code points), or BAD_USER_INPUT naming the field. */
export function text(value: string, field: string, min: number, max: number): string {
  const trimmed = value.trim();
  const length = [...trimmed].length;
  if (length < min || length > max) {
    throw badUserInput(`${field} must be ${min} to ${max} characters once trimmed, got ${length}`, { field });
  }
  return trimmed;
}

/** Like `text`, but null/absent stays null and blank becomes null. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value == null || value.trim() === '') return null;
  return text(value, field, 1, max);
}

export function districtCode(value: string, field: string): string {
  if (!DISTRICT_CODE.test(value)) {
    throw badUserInput(`${field} must be a six-digit GB/T 2260 code such as 110105, got "${value}"`, { field });
  }
  return value;
}

export function intInRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${field} must be a whole number from ${min} to ${max}, got ${value}`, { field });
  }
  return value;
}

/** Ids of this project are UUIDs; anything else cannot name a row, so it is refused early. */
export function id(value: string, field: string): string {
  if (!isId(value)) throw badUserInput(`${field} must be an id (a UUID), got "${value.slice(0, 60)}"`, { field });
  return value;
}

export const MAX_IDEMPOTENCY_KEY_CHARS = 100;

export function idempotencyKey(value: string, field = 'idempotencyKey'): string {
  if (value.length < 1 || value.length > MAX_IDEMPOTENCY_KEY_CHARS) {
    throw badUserInput(`${field} must be 1 to ${MAX_IDEMPOTENCY_KEY_CHARS} characters, got ${value.length}`, { field });
  }
  return value;
}
