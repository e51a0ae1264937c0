/**
 * Beijing time. China keeps one time zone, UTC+8, with no daylight saving, so local days,
 * months and years are the UTC ones shifted by eight hours: no time-zone database is needed.
 * Every rule that speaks of "a day" (opening hours, daily rollups, calendar years of member
 * numbers, subsidy caps) goes through these functions.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** Beijing's offset from UTC, all year round. */
export const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** A source of the current time. Code that decides by "now" takes one, so tests can move it. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** A clock that stands still until moved: for tests of expiry, refill and day boundaries. */
export interface ManualClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
}

export function manualClock(start: Date | string): ManualClock {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as ManualClock;
  clock.set = (at) => {
    now = new Date(at).getTime();
  };
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

const ms = (at: Date | number) => (typeof at === 'number' ? at : at.getTime());
/** The instant shifted so that its UTC fields read as Beijing wall-clock fields. */
const wall = (at: Date | number) => new Date(ms(at) + BEIJING_OFFSET_MS);

/** The Beijing date of an instant, `YYYY-MM-DD`. */
export function beijingDay(at: Date | number): string {
  return wall(at).toISOString().slice(0, 10);
}

/** The Beijing month of an instant, `YYYY-MM`. */
export function beijingMonth(at: Date | number): string {
  return wall(at).toISOString().slice(0, 7);
}

/** The Beijing calendar year of an instant. */
export function beijingYear(at: Date | number): number {
  return wall(at).getUTCFullYear();
}

/** The instant a Beijing date (`YYYY-MM-DD`) starts. */
export function beijingDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS);
}

/** The start of the Beijing day holding `at`, moved by `days` whole days (0: that day). */
export function startOfBeijingDay(at: Date | number, days = 0): Date {
  const local = ms(at) + BEIJING_OFFSET_MS;
  return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - BEIJING_OFFSET_MS + days * DAY_MS);
}

/** The start of the Beijing month holding `at`, moved by `months` whole months (0: that month). */
export function startOfBeijingMonth(at: Date | number, months = 0): Date {
  const local = wall(at);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + months, 1) - BEIJING_OFFSET_MS);
}

/** The start of the Beijing year `year`. */
export function beijingYearStart(year: number): Date {
  return new Date(Date.UTC(year, 0, 1) - BEIJING_OFFSET_MS);
}

/** Beijing wall-clock time `hh:mm` on the day `days` after the Beijing day holding `from`. */
export function beijingTimeOn(from: Date | number, days: number, hh: number, mm = 0): Date {
  const local = wall(from);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, hh, mm) - BEIJING_OFFSET_MS);
}

/** ISO weekday, Monday 1 to Sunday 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The Beijing date, ISO weekday and minute of the day of an instant. */
export function beijingClock(at: Date | number): { date: string; weekday: IsoWeekday; minute: number } {
  const local = wall(at);
  const day = local.getUTCDay();
  return {
    date: local.toISOString().slice(0, 10),
    weekday: (day === 0 ? 7 : day) as IsoWeekday,
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** The date `days` after a date (`YYYY-MM-DD`, calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a date (`YYYY-MM-DD`). */
export function weekdayOf(day: string): IsoWeekday {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return (d === 0 ? 7 : d) as IsoWeekday;
}
