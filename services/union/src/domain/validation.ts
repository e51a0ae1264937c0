import { badUserInput } from '@nef/kit';

export const OCCUPATIONS = ['FOOD_DELIVERY', 'COURIER', 'RIDE_HAILING', 'TRUCK_DRIVER', 'DOMESTIC_SERVICE', 'OTHER'] as const;
export const JOIN_CHANNELS = ['ONLINE_QR', 'ONSITE_EVENT', 'PLATFORM_REFERRAL', 'BRANCH_OFFICE'] as const;
export const BRANCH_LEVELS = ['CITY', 'DISTRICT', 'SUBDISTRICT', 'ENTERPRISE'] as const;
export type BranchLevel = (typeof BRANCH_LEVELS)[number];

/** A trimmed name of `min..max` characters (counted as code points, so 王强 is two). */
export function requireName(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  const length = [...trimmed].length;
  if (length < 1 || length > max) {
    throw badUserInput(`${field} must be 1 to ${max} characters, got ${length}`, { field });
  }
  return trimmed;
}

/** A GB/T 2260 code: six digits (which districts exist is the stations service's catalogue). */
export function requireDistrictCode(value: string, field = 'districtCode'): string {
  if (!/^\d{6}$/.test(value)) {
    throw badUserInput(`${field} must be a six-digit GB/T 2260 code such as 110105, got "${value}"`, { field });
  }
  return value;
}

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
