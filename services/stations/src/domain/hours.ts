import { badUserInput } from '@nef/kit';

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

/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MINUTES = 24 * 60;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
    const note = e.note?.trim() ? e.note.trim().slice(0, 200) : null;
    if (e.closed) return { validFrom, validTo, closed: true, opens: null, closes: null, note };
    const opens = checkTime(e.opens, `${field}.opens`);
    const closes = checkTime(e.closes, `${field}.closes`);
    checkSpan(opens, closes, field);
    return { validFrom, validTo, closed: false, opens, closes, note };
  });
  return { openingHours, openingExceptions };
}

/** The local date (YYYY-MM-DD), ISO weekday and minute of the day in Asia/Shanghai. */
export function shanghaiClock(at: Date): { date: string; weekday: number; minute: number } {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  return { date: local.toISOString().slice(0, 10), weekday, minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

function previousDay(date: string): { date: string; weekday: number } {
  const d = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000);
  return { date: d.toISOString().slice(0, 10), weekday: d.getUTCDay() === 0 ? 7 : d.getUTCDay() };
}

/** The spans [start, end) in minutes from the local midnight of `date`; end may exceed a day. */
function spansOn(hours: Hours, date: string, weekday: number): [number, number][] {
  const exception = hours.openingExceptions.find((e) => e.validFrom <= date && date <= e.validTo);
  const toSpan = (opens: string, closes: string): [number, number] => {
    const start = minutes(opens);
    const end = minutes(closes);
    return [start, end <= start ? end + DAY_MINUTES : end];
  };
  if (exception) return exception.closed ? [] : [toSpan(exception.opens!, exception.closes!)];
  if (hours.open24h) return [[0, DAY_MINUTES]];
  return hours.openingHours.filter((p) => p.weekday === weekday).map((p) => toSpan(p.opens, p.closes));
}

/**
 * Whether a station is open at an instant: the local day's spans (opens inclusive, closes
 * exclusive), plus the previous day's spans that run past midnight. A dated exception
 * replaces the weekly hours of the days it covers, 24-hour stations included.
 */
export function isOpenAt(hours: Hours, at: Date): boolean {
  const { date, weekday, minute } = shanghaiClock(at);
  if (spansOn(hours, date, weekday).some(([s, e]) => s <= minute && minute < e)) return true;
  const prev = previousDay(date);
  return spansOn(hours, prev.date, prev.weekday).some(([, e]) => e > DAY_MINUTES && minute < e - DAY_MINUTES);
}
