import { badUserInput, toWgs84, type Crs, type LatLng } from '@nef/kit';
import { validateHours, type OpeningException, type OpeningPeriod } from './hours';

export interface CreateStationInput {
  name: string;
  kind: string;
  address: string;
  districtCode: string;
  subdistrict?: string | null;
  location: LatLng & { crs: Crs };
  amenities: string[];
  open24h: boolean;
  openingHours?: OpeningPeriod[] | null;
  openingExceptions?: OpeningException[] | null;
  capacity?: number | null;
  operator: string;
  contactPhone?: string | null;
}

function text(value: string, field: string, max: number): string {
  const v = value.trim();
  if (v.length === 0 || v.length > max) throw badUserInput(`${field} must be 1 to ${max} characters`, { field });
  return v;
}

const PHONE = /^\+?[0-9][0-9 -]{4,18}[0-9]$/;

/** Checks and normalises a new station; the location comes back in WGS-84 for storage. */
export function validateNewStation(input: CreateStationInput) {
  const hours = validateHours(input.openingHours ?? [], input.openingExceptions ?? []);
  if (!input.open24h && hours.openingHours.length === 0) {
    throw badUserInput('openingHours are required unless the station is open24h', { field: 'openingHours' });
  }
  if (input.capacity != null && (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > 100_000)) {
    throw badUserInput(`capacity must be from 0 to 100000, got ${input.capacity}`, { field: 'capacity' });
  }
  const contactPhone = input.contactPhone?.trim() || null;
  if (contactPhone && !PHONE.test(contactPhone)) {
    throw badUserInput('contactPhone must be a phone number (digits, spaces, dashes, optional +)', { field: 'contactPhone' });
  }
  return {
    name: text(input.name, 'name', 100),
    kind: input.kind,
    address: text(input.address, 'address', 200),
    districtCode: input.districtCode,
    subdistrict: input.subdistrict?.trim() ? text(input.subdistrict, 'subdistrict', 50) : null,
    location: toWgs84(input.location, 'location'),
    amenities: [...new Set(input.amenities)],
    open24h: input.open24h,
    ...hours,
    capacity: input.capacity ?? null,
    operator: text(input.operator, 'operator', 100),
    contactPhone,
  };
}
