import { findRegion, isInRegionBox } from '@nef/kit';
import {
  NATIONAL,
  NATIONAL_AREAS,
  areaStreetCodes,
  drawPointInArea,
  generatedIndexesByArea,
  generatedStationArea,
  generatedStationId,
  generatedWorker,
  generatedWorkerArea,
  type Area,
} from '@nef/kit/seed';
import { planPlace, type Counts, type Place, type Plan } from './city-plan';

/**
 * The governance share of the national data set: the city plan's rows (city-plan.ts), drawn area
 * by area for the workers of each of NATIONAL_AREAS, with the area's own communities, rewards at
 * the national stations that stand in it, activities and roles, in the ratios the city data set
 * has per 100,000 workers. Every row of an area names the area's county; reports also name a
 * street of it (most often the reporter's own) and lie in its region.
 *
 * Communities, rewards, activities and roles are numbered over the whole data set, each area
 * holding a run of numbers in NATIONAL_AREAS order, so that their random streams and ids are
 * distinct everywhere; workers keep their national indexes.
 */

/** Per 100,000 workers, as in the city data set; every area with workers gets at least the minimum. */
export const PER_100K = { communities: 300, rewards: 300, activities: 1_500, roles: 2_000 };
const MIN = { communities: 3, rewards: 3, activities: 5, roles: 5 };

/** How often a report names the reporter's own street; the others are elsewhere in the county. */
const OWN_STREET = 0.7;

/** One area's share: its workers and stations (national indexes) and its counts. */
export interface AreaShare {
  area: Area;
  /** Position in NATIONAL_AREAS: the area's own stream. */
  ordinal: number;
  workers: number[];
  stations: number[];
  counts: Counts;
  first: Place['first'];
}

export interface NationalShares {
  workers: number;
  stations: number;
  /** Areas with workers, in NATIONAL_AREAS order. */
  areas: AreaShare[];
}

/**
 * Splits the national data set over the areas: which workers and stations each holds (the kit's
 * pure functions of the seed) and how many communities, rewards, activities and roles it gets.
 * The index lists are the only per-worker state: about 8 MB at a million workers.
 */
export function nationalShares(seed: number, workers: number = NATIONAL.workers, stations?: number): NationalShares {
  const stationCount = stations ?? Math.round((NATIONAL.stations * workers) / NATIONAL.workers);
  const workersByArea = generatedIndexesByArea(seed, workers, generatedWorkerArea);
  const stationsByArea = generatedIndexesByArea(seed, stationCount, generatedStationArea);
  const next = { community: 0, reward: 0, activity: 0, role: 0 };
  const areas: AreaShare[] = [];
  NATIONAL_AREAS.forEach((area, ordinal) => {
    const mine = workersByArea.get(area.code)!;
    if (mine.length === 0) return;
    const scaled = (per: number, min: number) => Math.max(min, Math.round((per * mine.length) / 100_000));
    const areaStations = stationsByArea.get(area.code)!;
    const counts: Counts = {
      workers: mine.length,
      communities: scaled(PER_100K.communities, MIN.communities),
      rewards: scaled(PER_100K.rewards, MIN.rewards),
      activities: scaled(PER_100K.activities, MIN.activities),
      roles: scaled(PER_100K.roles, MIN.roles),
      stations: areaStations.length,
    };
    areas.push({ area, ordinal, workers: mine, stations: areaStations, counts, first: { ...next } });
    next.community += counts.communities;
    next.reward += counts.rewards;
    next.activity += counts.activities;
    next.role += counts.roles;
  });
  return { workers, stations: stationCount, areas };
}

const COMMUNITY_SUFFIXES = ['东里', '西里', '北里', '南里', '花园', '家园', '新村', '嘉园'];

/** A street's name without its kind (八里庄街道 -> 八里庄, 石湾镇街道 -> 石湾镇), for place names. */
function streetStem(code: string): string {
  const name = findRegion(code)?.name ?? '';
  const stem = name.replace(/（[^）]*）$/, '').replace(/(街道|地区|街道办事处|乡|镇)$/, '');
  return stem || name;
}

/** The names of an area's streets, in the order of areaStreetCodes. */
const stemsOf = new Map<string, string[]>();
function areaStems(area: Area): string[] {
  let stems = stemsOf.get(area.code);
  if (!stems) stemsOf.set(area.code, (stems = areaStreetCodes(area).map(streetStem)));
  return stems;
}

/** Community k of an area: named after the area's streets, as the city's are after Chaoyang's. */
export function nationalCommunityName(seed: number, area: Area, k: number): string {
  const stems = areaStems(area);
  const street = stems[(k + seed) % stems.length]!;
  const suffix = COMMUNITY_SUFFIXES[Math.floor(k / stems.length) % COMMUNITY_SUFFIXES.length]!;
  const round = Math.floor(k / (stems.length * COMMUNITY_SUFFIXES.length));
  return `${street}${suffix}${round > 0 ? round + 1 : ''}社区`;
}

/** Where one area's rows are and how they are named. */
export function areaPlace(seed: number, share: AreaShare, codes: NonNullable<Place['codes']>): Place {
  const { area } = share;
  const streets = areaStreetCodes(area);
  const stems = areaStems(area);
  const stemOf = new Map(streets.map((c, i) => [c, stems[i]!]));
  return {
    scale: 'national',
    district: area.code,
    districtName: area.name,
    profiles: share.workers.map((i) => generatedWorker(seed, i, 'national')),
    first: share.first,
    stream: share.ordinal,
    stationId: (k) => generatedStationId('national', seed, share.stations[k]!),
    communityName: (k) => nationalCommunityName(seed, area, k),
    point: (rand) => drawPointInArea(rand, area),
    holds: (lat, lng) => isInRegionBox({ lat, lng }, area.code),
    reportStreet: (rand, worker) => {
      const code = rand() < OWN_STREET && worker.streetCode ? worker.streetCode : streets[Math.floor(rand() * streets.length)]!;
      return { code, name: stemOf.get(code) ?? area.name };
    },
    // The city's worker * 1024 + community would give pairs of different workers one stream once
    // the national data set's communities pass 1024.
    passStream: (worker, community) => worker * 4099 + community,
    codes,
  };
}

/** Draws one area's rows for a seed and `now`. Pure: no database, no clock. */
export function planArea(seed: number, share: AreaShare, now: Date, codes: NonNullable<Place['codes']>): Plan {
  return planPlace(seed, share.counts, now, areaPlace(seed, share, codes));
}
