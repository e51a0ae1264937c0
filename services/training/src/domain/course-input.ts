import type { CourseCategory, CourseMode } from './types';

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
  minLearners: number;
  capacity: number;
  certificateName?: string | null;
  subsidyCents: number;
  priceCents: number;
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
  minLearners: number;
  capacity: number;
  certificateName: string | null;
  subsidyCents: number;
  priceCents: number;
  requiredSessions: number | null;
}

export const MAX_CAPACITY = 10_000;
export const DISTRICT_CODE = /^\d{6}$/;
const LIMITS = { title: 200, provider: 100, certificateName: 100, description: 5000 } as const;

/** Length in characters (code points), which is what a varchar(n) column counts. */
const chars = (s: string) => [...s].length;

const optionalText = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t ? t : null;
};

/** Checks a CreateCourseInput; returns the trimmed draft, or every problem found. */
export function checkCourseInput(input: CreateCourseInput): { draft: CourseDraft; problems: Problem[] } {
  const problems: Problem[] = [];
  const title = input.title.trim();
  const provider = input.provider.trim();
  const description = optionalText(input.description);
  const certificateName = optionalText(input.certificateName);
  const districtCode = input.districtCode == null ? null : input.districtCode.trim();

  if (chars(title) < 1 || chars(title) > LIMITS.title) {
    problems.push({ field: 'title', message: `title must be 1 to ${LIMITS.title} characters, got ${chars(title)}` });
  }
  if (chars(provider) < 1 || chars(provider) > LIMITS.provider) {
    problems.push({
      field: 'provider',
      message: `provider must be 1 to ${LIMITS.provider} characters, got ${chars(provider)}`,
    });
  }
  if (description && chars(description) > LIMITS.description) {
    problems.push({ field: 'description', message: `description must be at most ${LIMITS.description} characters` });
  }
  if (certificateName && chars(certificateName) > LIMITS.certificateName) {
    problems.push({
      field: 'certificateName',
      message: `certificateName must be at most ${LIMITS.certificateName} characters`,
    });
  }
  if (districtCode !== null && !DISTRICT_CODE.test(districtCode)) {
    problems.push({
      field: 'districtCode',
      message: `districtCode must be a 6-digit GB/T 2260 code such as 110105, got "${districtCode}"`,
    });
  }
  if (input.minLearners < 1) {
    problems.push({ field: 'minLearners', message: `minLearners must be at least 1, got ${input.minLearners}` });
  }
  if (input.capacity < input.minLearners || input.capacity > MAX_CAPACITY) {
    problems.push({
      field: 'capacity',
      message: `capacity must be from minLearners (${input.minLearners}) to ${MAX_CAPACITY}, got ${input.capacity}`,
    });
  }
  if (input.subsidyCents < 0) {
    problems.push({ field: 'subsidyCents', message: `subsidyCents must be 0 or more, got ${input.subsidyCents}` });
  }
  if (input.priceCents < 0) {
    problems.push({ field: 'priceCents', message: `priceCents must be 0 or more, got ${input.priceCents}` });
  }
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
      minLearners: input.minLearners,
      capacity: input.capacity,
      certificateName,
      subsidyCents: input.subsidyCents,
      priceCents: input.priceCents,
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
 * stations subgraph; this service cannot check that it exists.
 */
export function checkSessionInput(mode: CourseMode, input: SessionInput): { draft: SessionDraft; problems: Problem[] } {
  const problems: Problem[] = [];
  const stationId = optionalText(input.stationId);
  const onlineUrl = optionalText(input.onlineUrl);

  if (input.endsAt.getTime() <= input.startsAt.getTime()) {
    problems.push({ field: 'endsAt', message: 'endsAt must be after startsAt' });
  }
  if (stationId !== null && chars(stationId) > MAX_STATION_ID) {
    problems.push({ field: 'stationId', message: `stationId must be at most ${MAX_STATION_ID} characters` });
  }
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
  if (chars(value) > MAX_URL) return `onlineUrl must be at most ${MAX_URL} characters`;
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
