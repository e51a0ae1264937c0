import { DAY_MS, MINUTE_MS, addDays, badUserInput, beijingClock, textLength, weekdayOf } from '@nef/kit/rules';

/** ISO weekday (1 = Monday) and local times "HH:MM"; closes <= opens means past midnight. */
export interface OpeningPeriod {
  weekday: number;
  opens: string;
  closes: string;
}

/** A dated override of the weekly hours, local dates inclusive (HSDS valid_from / valid_to). */
export interface OpeningException {
  validFrom: string;
  validTo: string;
  closed: boolean;
  opens?: string | null;
  closes?: string | null;
  note?: string | null;
}

export interface Hours {
  open24h: boolean;
  openingHours: OpeningPeriod[];
  openingExceptions: OpeningException[];
}

const DAY_MINUTES = DAY_MS / MINUTE_MS;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NOTE_MAX = 200;

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function checkTime(value: string | null | undefined, field: string): string {
  if (!value || !TIME.test(value)) throw badUserInput(`${field} must be a local time HH:MM (00:00 to 24:00), got "${value}"`, { field });
  return value;
}

function checkDate(value: string, field: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw badUserInput(`${field} must be a date YYYY-MM-DD, got "${value}"`, { field });
  }
  return value;
}

function checkSpan(opens: string, closes: string, field: string): void {
  if (opens === closes) throw badUserInput(`${field}: opens and closes are both ${opens}; use open24h for round-the-clock stations`, { field });
  if (opens === '24:00') throw badUserInput(`${field}: opens cannot be 24:00`, { field });
}

/** A note trimmed and cut to 200 characters (code points, so no character is cut in half). */
function cutNote(note: string | null | undefined): string | null {
  const text = note?.trim();
  if (!text) return null;
  return textLength(text) > NOTE_MAX ? [...text].slice(0, NOTE_MAX).join('') : text;
}

/** Four periods a day for a week: split shifts with room to spare. */
export const MAX_OPENING_PERIODS = 28;
/** Dated exceptions kept per station (holidays, works): a few years' worth. */
export const MAX_OPENING_EXCEPTIONS = 100;

/** Validates weekly periods and exceptions; the returned copies are what gets stored. */
export function validateHours(periods: OpeningPeriod[] = [], exceptions: OpeningException[] = []): Pick<Hours, 'openingHours' | 'openingExceptions'> {
  if (periods.length > MAX_OPENING_PERIODS) {
    throw badUserInput(`openingHours may hold at most ${MAX_OPENING_PERIODS} periods, got ${periods.length}`, { field: 'openingHours' });
  }
  if (exceptions.length > MAX_OPENING_EXCEPTIONS) {
    throw badUserInput(`openingExceptions may hold at most ${MAX_OPENING_EXCEPTIONS} exceptions, got ${exceptions.length}`, {
      field: 'openingExceptions',
    });
  }
  const openingHours = periods.map((p, i) => {
    const field = `openingHours[${i}]`;
    if (!Number.isInteger(p.weekday) || p.weekday < 1 || p.weekday > 7) {
      throw badUserInput(`${field}.weekday must be 1 (Monday) to 7 (Sunday), got ${p.weekday}`, { field: `${field}.weekday` });
    }
    const opens = checkTime(p.opens, `${field}.opens`);
    const closes = checkTime(p.closes, `${field}.closes`);
    checkSpan(opens, closes, field);
    return { weekday: p.weekday, opens, closes };
  });
  const openingExceptions = exceptions.map((e, i) => {
    const field = `openingExceptions[${i}]`;
    const validFrom = checkDate(e.validFrom, `${field}.validFrom`);
    const validTo = checkDate(e.validTo, `${field}.validTo`);
    if (validTo < validFrom) throw badUserInput(`${field}: validTo ${validTo} is before validFrom ${validFrom}`, { field });
    const note = cutNote(e.note);
    if (e.closed) return { validFrom, validTo, closed: true, opens: null, closes: null, note };
    const opens = checkTime(e.opens, `${field}.opens`);
    const closes = checkTime(e.closes, `${field}.closes`);
    checkSpan(opens, closes, field);
    return { validFrom, validTo, closed: false, opens, closes, note };
  });
  return { openingHours, openingExceptions };
}

/** The spans [start, end) in minutes from the local midnight of `date`; end may exceed a day. */
function spansOn(hours: Hours, date: string): [number, number][] {
  const exception = hours.openingExceptions.find((e) => e.validFrom <= date && date <= e.validTo);
  const toSpan = (opens: string, closes: string): [number, number] => {
    const start = minutes(opens);
    const end = minutes(closes);
    return [start, end <= start ? end + DAY_MINUTES : end];
  };
  if (exception) return exception.closed ? [] : [toSpan(exception.opens!, exception.closes!)];
  if (hours.open24h) return [[0, DAY_MINUTES]];
  const weekday = weekdayOf(date);
  return hours.openingHours.filter((p) => p.weekday === weekday).map((p) => toSpan(p.opens, p.closes));
}

/**
 * Whether the hours say open at an instant (Asia/Shanghai): the local day's spans (opens
 * inclusive, closes exclusive), plus the previous day's spans that run past midnight. A dated
 * exception replaces the weekly hours of the days it covers, 24-hour stations included.
 */
export function isOpenAt(hours: Hours, at: Date): boolean {
  const { date, minute } = beijingClock(at);
  if (spansOn(hours, date).some(([s, e]) => s <= minute && minute < e)) return true;
  return spansOn(hours, addDays(date, -1)).some(([, e]) => e > DAY_MINUTES && minute < e - DAY_MINUTES);
}

/** The one status in which a station can be open. */
export const OPEN_STATUS = 'ACTIVE';

/**
 * The SQL half of `isStationOpen`, for queries that narrow before the hours are checked in
 * code (hours are not expressible in SQL): the station's status allows it to be open.
 * `alias` is the query's alias of the stations table.
 */
export const mayBeOpenSql = (alias: string) => `${alias}.status = '${OPEN_STATUS}'`;

/**
 * Whether a station is open at an instant: only an ACTIVE station can be, and then its hours
 * decide. Station.isOpen and the openAt filter both use this, so they always agree.
 */
export function isStationOpen(s: Hours & { status: string }, at: Date): boolean {
  return s.status === OPEN_STATUS && isOpenAt(s, at);
}
