import { badUserInput, isId } from '@nef/kit/rules';

/** Ids of this project are UUIDs; anything else cannot name a row, so it is refused early. */
export function requireId(field: string, value: string): string {
  if (!isId(value)) throw badUserInput(`${field} must be an id (a UUID), got "${value.slice(0, 60)}"`, { field });
  return value;
}
