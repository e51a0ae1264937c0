import { MINUTE_MS, beijingClock, beijingDay, metricsPeriod, type MetricsPeriod } from '@nef/kit/rules';

/**
 * Visits are counted per Asia/Shanghai day (the rollups station_visit_days and
 * district_visit_days); this is the day a visit at `at` counts on.
 */
export const visitDay = (at: Date): string => beijingDay(at);

/** Inclusive range of Asia/Shanghai dates (YYYY-MM-DD), compared as strings. */
export interface DayRange {
  fromDay: string;
  toDay: string;
}

const FIRST_DAY = '0000-01-01';
const LAST_DAY = '9999-12-31';

/**
 * The whole local days a period covers, since visit counts are kept per day: `from` is rounded
 * down to the start of its day and `to` up to the end of its day, except that a `to` at
 * exactly local midnight ends the period there (that day is left out). A null `from` starts
 * at the first recorded day, a null `to` runs to the last.
 */
export function visitDayRange(from: Date | null, to: Date | null): DayRange {
  const fromDay = from ? visitDay(from) : FIRST_DAY;
  let toDay = LAST_DAY;
  if (to) {
    const atMidnight = beijingClock(to).minute === 0 && to.getTime() % MINUTE_MS === 0;
    toDay = visitDay(atMidnight ? new Date(to.getTime() - 1) : to);
  }
  return { fromDay, toDay };
}

/** The days of a metrics period ([from, to), see the kit's metricsPeriod) whose visits count. */
export const metricsDays = (p: MetricsPeriod): DayRange => visitDayRange(p.from, p.to);

/**
 * The days of `Station.visitCount(from, to)`: as a metrics period when `to` is given (`from`
 * after `to` is BAD_USER_INPUT); without `to` it runs to the last recorded day.
 */
export function visitCountDays(from: Date | null | undefined, to: Date | null | undefined): DayRange {
  if (!to) return visitDayRange(from ?? null, null);
  return metricsDays(metricsPeriod(from, to, to));
}
