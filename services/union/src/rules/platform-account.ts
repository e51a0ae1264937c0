import { badUserInput } from '@nef/kit/rules';

/** A platform code: what API keys and platform accounts name, e.g. MEITUAN. */
export function requirePlatformCode(value: string, field = 'code'): string {
  if (!/^[A-Z][A-Z0-9_]{1,31}$/.test(value)) {
    throw badUserInput(
      `${field} must be 2 to 32 characters of A-Z, 0-9 and _, starting with a letter (e.g. MEITUAN), got "${value}"`,
      { field },
    );
  }
  return value;
}

/** A worker's account id on a platform: 1 to 64 visible ASCII characters, no spaces. */
export function requireExternalId(value: string, field = 'platformExternalId'): string {
  const trimmed = value.trim();
  if (!/^[\x21-\x7e]{1,64}$/.test(trimmed)) {
    throw badUserInput(`${field} must be 1 to 64 visible ASCII characters without spaces`, { field });
  }
  return trimmed;
}
