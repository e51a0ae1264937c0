import { AppError, badUserInput, optionalText, requireCounty, requireIntInRange, requireStreetIn, requireText, textLength } from '@nef/kit/rules';
import type { CourseCategory, CourseMode } from '../entities/course';

/** One thing wrong with an input, named by the input field a client must fix. */
export interface Problem {
  field: string;
  message: string;
}

export interface CreateCourseInput {
  title: string;
  category: CourseCategory;
  mode: CourseMode;
  provider: string;
  description?: string | null;
  districtCode?: string | null;
  streetCode?: string | null;
  minLearners: number;
  capacity: number;
  certificateName?: string | null;
  /** 0 unless given, as the schema's default. */
  subsidyCents?: number;
  /** 0 unless given, as the schema's default. */
  priceCents?: number;
  requiredSessions?: number | null;
}

/** A course input after trimming, ready to store. */
export interface CourseDraft {
  title: string;
  category: CourseCategory;
  mode: CourseMode;
  provider: string;
  description: string | null;
  districtCode: string | null;
  /** A street of districtCode (nine digits), or null. */
  streetCode: string | null;
  minLearners: number;
  capacity: number;
  certificateName: string | null;
  subsidyCents: number;
  priceCents: number;
  requiredSessions: number | null;
}

export const MAX_CAPACITY = 10_000;
/** In characters (code points), which is what a varchar(n) column counts. */
const LIMITS = { title: 200, provider: 100, certificateName: 100, description: 5000 } as const;

/** Runs one of the kit's checks, noting its refusal as a problem instead of throwing it, so that every problem is reported at once. */
function collect(problems: Problem[], field: string, check: () => unknown): void {
  try {
    check();
  } catch (err) {
    if (!(err instanceof AppError) || err.extensions.code !== 'BAD_USER_INPUT') throw err;
    problems.push({ field, message: err.message });
  }
}

/** Optional text: blank (or absent) is null, anything else trimmed. */
const blankToNull = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t ? t : null;
};

/** Checks a CreateCourseInput; returns the trimmed draft, or every problem found. */
export function checkCourseInput(input: CreateCourseInput): { draft: CourseDraft; problems: Problem[] } {
  const problems: Problem[] = [];
  const title = input.title.trim();
  const provider = input.provider.trim();
  const description = blankToNull(input.description);
  const certificateName = blankToNull(input.certificateName);
  let districtCode = input.districtCode == null ? null : input.districtCode.trim();
  let streetCode = blankToNull(input.streetCode);
  const subsidyCents = input.subsidyCents ?? 0;
  const priceCents = input.priceCents ?? 0;

  collect(problems, 'title', () => requireText('title', title, { max: LIMITS.title }));
  collect(problems, 'provider', () => requireText('provider', provider, { max: LIMITS.provider }));
  collect(problems, 'description', () => optionalText('description', description, { max: LIMITS.description }));
  collect(problems, 'certificateName', () => optionalText('certificateName', certificateName, { max: LIMITS.certificateName }));
  // A county of the national catalogue (a city without counties, 东莞市, counts as one).
  if (districtCode !== null) {
    const given = districtCode;
    collect(problems, 'districtCode', () => {
      districtCode = requireCounty('districtCode', given);
    });
  }
  // A street of the course's own district; a city-wide course has no street to be held in.
  if (streetCode !== null) {
    const given = streetCode;
    if (districtCode === null) {
      problems.push({ field: 'streetCode', message: 'streetCode needs the districtCode it lies in; a city-wide course names no street' });
    } else if (problems.every((p) => p.field !== 'districtCode')) {
      const county = districtCode;
      collect(problems, 'streetCode', () => {
        streetCode = requireStreetIn('streetCode', given, county);
      });
    }
  }
  if (input.minLearners < 1) {
    problems.push({ field: 'minLearners', message: `minLearners must be at least 1, got ${input.minLearners}` });
  }
  collect(problems, 'capacity', () => requireIntInRange('capacity', input.capacity, input.minLearners, MAX_CAPACITY));
  if (subsidyCents < 0) problems.push({ field: 'subsidyCents', message: `subsidyCents must be 0 or more, got ${subsidyCents}` });
  if (priceCents < 0) problems.push({ field: 'priceCents', message: `priceCents must be 0 or more, got ${priceCents}` });
  if (input.requiredSessions != null && input.requiredSessions < 1) {
    problems.push({
      field: 'requiredSessions',
      message: `requiredSessions must be at least 1 when given, got ${input.requiredSessions}`,
    });
  }
  return {
    draft: {
      title,
      category: input.category,
      mode: input.mode,
      provider,
      description,
      districtCode,
      streetCode,
      minLearners: input.minLearners,
      capacity: input.capacity,
      certificateName,
      subsidyCents,
      priceCents,
      requiredSessions: input.requiredSessions ?? null,
    },
    problems,
  };
}

export interface SessionInput {
  startsAt: Date;
  endsAt: Date;
  stationId?: string | null;
  onlineUrl?: string | null;
}

export interface SessionDraft {
  startsAt: Date;
  endsAt: Date;
  stationId: string | null;
  onlineUrl: string | null;
}

const MAX_STATION_ID = 64;
const MAX_URL = 500;

/**
 * Checks a session against its course's mode: OFFLINE sessions happen at a station, ONLINE
 * ones at a URL, HYBRID ones at either or both. A place the mode rules out is refused rather
 * than stored, so a learner is never sent to the wrong one. The station is an id of the
 * stations subgraph: whether it exists is asked of stations by the command (scheduleSession).
 */
export function checkSessionInput(mode: CourseMode, input: SessionInput): { draft: SessionDraft; problems: Problem[] } {
  const problems: Problem[] = [];
  const stationId = blankToNull(input.stationId);
  const onlineUrl = blankToNull(input.onlineUrl);

  if (input.endsAt.getTime() <= input.startsAt.getTime()) {
    problems.push({ field: 'endsAt', message: 'endsAt must be after startsAt' });
  }
  collect(problems, 'stationId', () => optionalText('stationId', stationId, { max: MAX_STATION_ID }));
  if (onlineUrl !== null) {
    const urlProblem = checkOnlineUrl(onlineUrl);
    if (urlProblem) problems.push({ field: 'onlineUrl', message: urlProblem });
  }
  switch (mode) {
    case 'OFFLINE':
      if (stationId === null) problems.push({ field: 'stationId', message: 'an OFFLINE course meets at a station: give stationId' });
      if (onlineUrl !== null) {
        problems.push({ field: 'onlineUrl', message: 'an OFFLINE course has no onlineUrl; make the course HYBRID to offer both' });
      }
      break;
    case 'ONLINE':
      if (onlineUrl === null) problems.push({ field: 'onlineUrl', message: 'an ONLINE course meets online: give onlineUrl' });
      if (stationId !== null) {
        problems.push({ field: 'stationId', message: 'an ONLINE course has no stationId; make the course HYBRID to offer both' });
      }
      break;
    case 'HYBRID':
      if (stationId === null && onlineUrl === null) {
        problems.push({ field: 'stationId', message: 'a HYBRID session needs a stationId, an onlineUrl or both' });
      }
      break;
  }
  return { draft: { startsAt: input.startsAt, endsAt: input.endsAt, stationId, onlineUrl }, problems };
}

function checkOnlineUrl(value: string): string | undefined {
  if (textLength(value) > MAX_URL) return `onlineUrl must be at most ${MAX_URL} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `onlineUrl must be an absolute http or https URL, got "${value}"`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `onlineUrl must use http or https, got ${url.protocol.replace(/:$/, '')}`;
  }
  return undefined;
}

/**
 * Refuses an input with every problem in it (BAD_USER_INPUT), naming the first field for
 * clients that show one and all of them in `fields`; `prefix` places the fields in the
 * operation's arguments (`input.`).
 */
export function refuseProblems(problems: readonly Problem[], prefix: string): void {
  if (problems.length === 0) return;
  throw badUserInput(problems.map((p) => p.message).join('; '), {
    field: `${prefix}${problems[0]!.field}`,
    fields: problems.map((p) => `${prefix}${p.field}`),
  });
}
