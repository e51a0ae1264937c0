import { badUserInput, type Crs, type LatLng, requireCounty, requireIntInRange, requireLocationInRegion, requireOneOf, requireStreetIn, requireText, toWgs84 } from '@nef/kit/rules';
import type { StationAmenityRow, StationRow } from '../entities';
import { validateHours, type OpeningException, type OpeningPeriod } from './opening-hours';

export const STATION_KINDS = ['WARM_STATION', 'RIDER_HOME', 'PARTY_SERVICE_CENTER', 'UNION_POST', 'DRIVER_HOME', 'FRIENDLY_MERCHANT'] as const;
export type StationKind = (typeof STATION_KINDS)[number];
export const STATION_STATUSES = ['ACTIVE', 'SUSPENDED', 'CLOSED'] as const;
export const AMENITIES = [
  'DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'EBIKE_CHARGING', 'BATTERY_SWAP', 'REST_AREA', 'TOILET', 'MEDICINE_BOX',
  'COUNSELLING', 'PRINTER', 'WIFI', 'HEATING', 'AIR_CONDITIONING', 'MEALS', 'LEGAL_AID', 'PARKING',
] as const;
export type Amenity = (typeof AMENITIES)[number];
export const CRS_VALUES: readonly Crs[] = ['WGS84', 'GCJ02', 'BD09'];

export interface CreateStationInput {
  name: string;
  kind: string;
  address: string;
  districtCode: string;
  subdistrict?: string | null;
  streetCode?: string | null;
  location: LatLng & { crs?: Crs | null };
  amenities: string[];
  open24h: boolean;
  openingHours?: OpeningPeriod[] | null;
  openingExceptions?: OpeningException[] | null;
  capacity?: number | null;
  operator: string;
  contactPhone?: string | null;
}

export interface UpdateStationInput {
  name?: string | null;
  status?: string | null;
  address?: string | null;
  subdistrict?: string | null;
  streetCode?: string | null;
  location?: (LatLng & { crs?: Crs | null }) | null;
  amenities?: string[] | null;
  open24h?: boolean | null;
  openingHours?: OpeningPeriod[] | null;
  openingExceptions?: OpeningException[] | null;
  capacity?: number | null;
  operator?: string | null;
  contactPhone?: string | null;
}

export type ValidStation = ReturnType<typeof validateNewStation>;

/** A required text of 1 to `max` characters (not UTF-16 units: 🚲 counts one), trimmed. */
const text = (value: unknown, field: string, max: number): string => requireText(field, typeof value === 'string' ? value : '', { max });

/** One of a fixed set; values that are not strings (from a file) are refused the same way. */
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], field: string): T => requireOneOf(field, String(value), allowed);

// Five digits at least: public service hotlines are that short (12351 the union's, 12345 the city's).
const PHONE = /^\+?[0-9][0-9 -]{3,18}[0-9]$/;

/**
 * Checks and normalises a new station: the one rule set behind createStation, the import
 * command and the data generators. The location comes back in WGS-84 for storage. The district
 * is a county of the national catalogue, the street (if any) one of its streets, and the
 * location lies in the district (by its province's bounds).
 */
export function validateNewStation(input: CreateStationInput) {
  const name = text(input.name, 'name', 100);
  const kind = oneOf(input.kind, STATION_KINDS, 'kind');
  const address = text(input.address, 'address', 200);
  const districtCode = requireCounty('districtCode', input.districtCode);
  const streetCode = input.streetCode == null || input.streetCode === '' ? null : requireStreetIn('streetCode', input.streetCode, districtCode);
  if (!input.location || typeof input.location !== 'object') throw badUserInput('location is required', { field: 'location' });
  const crs = input.location.crs == null ? 'GCJ02' : oneOf(input.location.crs, CRS_VALUES, 'location.crs');
  const location = toWgs84({ lat: input.location.lat, lng: input.location.lng, crs }, 'location');
  requireLocationInRegion('location', location, districtCode);
  if (!Array.isArray(input.amenities)) throw badUserInput('amenities must be a list (it may be empty)', { field: 'amenities' });
  if (input.amenities.length > AMENITIES.length) {
    throw badUserInput(`amenities may hold at most ${AMENITIES.length} (one of each), got ${input.amenities.length}`, { field: 'amenities' });
  }
  const amenities = [...new Set(input.amenities.map((a, i) => oneOf(a, AMENITIES, `amenities[${i}]`)))];
  if (typeof input.open24h !== 'boolean') throw badUserInput('open24h must be true or false', { field: 'open24h' });
  const hours = validateHours(input.openingHours ?? [], input.openingExceptions ?? []);
  if (!input.open24h && hours.openingHours.length === 0) {
    throw badUserInput('openingHours are required unless the station is open24h', { field: 'openingHours' });
  }
  const capacity = input.capacity == null ? null : requireIntInRange('capacity', input.capacity, 0, 100_000);
  const contactPhone = typeof input.contactPhone === 'string' ? input.contactPhone.trim() || null : null;
  if (contactPhone && !PHONE.test(contactPhone)) {
    throw badUserInput('contactPhone must be a phone number (digits, spaces, dashes, optional +)', { field: 'contactPhone' });
  }
  return {
    name,
    kind,
    address,
    districtCode,
    subdistrict: typeof input.subdistrict === 'string' && input.subdistrict.trim() ? text(input.subdistrict, 'subdistrict', 50) : null,
    streetCode,
    location,
    amenities,
    open24h: input.open24h,
    ...hours,
    capacity,
    operator: text(input.operator, 'operator', 100),
    contactPhone,
  };
}

export function unknownDistrict(code: string) {
  return badUserInput(`districtCode ${code} is not in the district catalogue`, { field: 'districtCode' });
}

/** The rows to insert for a validated new station. */
export function newStationRows(s: ValidStation, id: string, now: Date, status = 'ACTIVE'): { row: StationRow; amenities: StationAmenityRow[] } {
  const row: StationRow = {
    id,
    name: s.name,
    kind: s.kind,
    status,
    address: s.address,
    districtCode: s.districtCode,
    subdistrict: s.subdistrict,
    streetCode: s.streetCode,
    lat: s.location.lat,
    lng: s.location.lng,
    open24h: s.open24h,
    openingHours: s.openingHours,
    openingExceptions: s.openingExceptions,
    capacity: s.capacity,
    operator: s.operator,
    contactPhone: s.contactPhone,
    createdAt: now,
    updatedAt: now,
  };
  return { row, amenities: s.amenities.map((amenity) => ({ stationId: id, amenity })) };
}

const REQUIRED_IN_UPDATE = ['name', 'status', 'address', 'location', 'amenities', 'open24h', 'operator'] as const;

/**
 * Applies a partial update to a station: absent fields stay, null clears the optional ones
 * (subdistrict, streetCode, capacity, contactPhone, openingHours, openingExceptions). The merged station
 * goes through the same checks as a new one, so an update cannot leave it in a state
 * createStation would refuse (say open24h false with no hours).
 */
export function applyUpdate(current: StationRow, currentAmenities: string[], patch: UpdateStationInput) {
  for (const field of REQUIRED_IN_UPDATE) {
    if (field in patch && patch[field] === null) throw badUserInput(`${field} cannot be null; leave it out to keep it`, { field });
  }
  const has = (field: keyof UpdateStationInput) => field in patch && patch[field] !== undefined;
  const status = has('status') ? oneOf(patch.status, STATION_STATUSES, 'status') : current.status;
  const merged: CreateStationInput = {
    name: has('name') ? patch.name! : current.name,
    kind: current.kind,
    address: has('address') ? patch.address! : current.address,
    districtCode: current.districtCode,
    subdistrict: has('subdistrict') ? patch.subdistrict : current.subdistrict,
    streetCode: has('streetCode') ? patch.streetCode : (current.streetCode ?? null),
    location: has('location') ? patch.location! : { lat: current.lat, lng: current.lng, crs: 'WGS84' },
    amenities: has('amenities') ? patch.amenities! : currentAmenities,
    open24h: has('open24h') ? patch.open24h! : current.open24h,
    openingHours: has('openingHours') ? patch.openingHours : current.openingHours,
    openingExceptions: has('openingExceptions') ? patch.openingExceptions : current.openingExceptions,
    capacity: has('capacity') ? patch.capacity : current.capacity,
    operator: has('operator') ? patch.operator! : current.operator,
    contactPhone: has('contactPhone') ? patch.contactPhone : current.contactPhone,
  };
  return { station: validateNewStation(merged), status, amenitiesChanged: has('amenities') };
}
