import { badUserInput, type Crs, isId, type LatLng, requireCounty, requireLocationInRegion, requireStreetIn, requireText, toWgs84 } from '@nef/kit/rules';
import { requireIdempotencyKey } from './idempotency-key';
import type { ReportCategory } from './vocabulary';

export const MAX_DESCRIPTION_CHARS = 2000;
export const MAX_PHOTOS = 9;
export const MAX_URL_CHARS = 2048;

export interface SubmitReportInput {
  category: ReportCategory;
  description: string;
  location: LatLng & { crs?: Crs | null };
  districtCode: string;
  streetCode?: string | null;
  photoUrls?: string[] | null;
  photoIds?: string[] | null;
  idempotencyKey?: string | null;
}

/** A report as it will be stored: trimmed, WGS-84, checked. */
export interface Submission {
  category: ReportCategory;
  description: string;
  location: LatLng;
  districtCode: string;
  /** Nine digits, inside the district; null when not given. */
  streetCode: string | null;
  photoUrls: string[];
  /** Photos uploaded with uploadReportPhoto, to attach. */
  photoIds: string[];
  idempotencyKey: string | null;
}

/** Checks a submission and normalises it; the first problem found is a BAD_USER_INPUT naming the field. */
export function validateSubmission(input: SubmitReportInput): Submission {
  const description = requireText('description', input.description, { max: MAX_DESCRIPTION_CHARS });
  const location = toWgs84(input.location, 'location');
  const districtCode = requireCounty('districtCode', input.districtCode);
  const streetCode = input.streetCode == null ? null : requireStreetIn('streetCode', input.streetCode, districtCode);
  // The point must lie in the district it names, or the report reaches the wrong reviewers.
  requireLocationInRegion('location', location, districtCode);
  const photoUrls = input.photoUrls ?? [];
  if (photoUrls.length > MAX_PHOTOS) {
    throw badUserInput(`photoUrls may hold at most ${MAX_PHOTOS} photos, got ${photoUrls.length}`, { field: 'photoUrls' });
  }
  photoUrls.forEach((url, i) => {
    const problem = photoUrlProblem(url);
    if (problem) {
      throw badUserInput(`photoUrls[${i}] ${problem}, got "${shorten(url)}"`, { field: `photoUrls[${i}]` });
    }
  });
  const photoIds = input.photoIds ?? [];
  photoIds.forEach((id, i) => {
    if (!isId(id)) throw badUserInput(`photoIds[${i}] must be an id (a UUID), got "${shorten(id)}"`, { field: `photoIds[${i}]` });
    if (photoIds.indexOf(id) !== i) throw badUserInput(`photoIds[${i}] repeats ${id}`, { field: `photoIds[${i}]` });
  });
  if (photoUrls.length + photoIds.length > MAX_PHOTOS) {
    throw badUserInput(`a report holds at most ${MAX_PHOTOS} photos, linked and uploaded together, got ${photoUrls.length + photoIds.length}`, { field: 'photoIds' });
  }
  const key = input.idempotencyKey == null ? null : requireIdempotencyKey(input.idempotencyKey);
  return { category: input.category, description, location, districtCode, streetCode, photoUrls, photoIds, idempotencyKey: key };
}

/** Why a photo URL is refused, or null when it is an absolute http(s) URL of acceptable length. */
export function photoUrlProblem(url: string): string | null {
  if (url.length > MAX_URL_CHARS) return `must be at most ${MAX_URL_CHARS} characters (it has ${url.length})`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute http or https URL';
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) {
    return 'must be an absolute http or https URL';
  }
  return null;
}

function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
