import { badUserInput } from '@nef/kit';
import { shanghaiClock } from './hours';

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
 * exactly local midnight ends the period there (that day is left out). Without `from` the
 * period starts at the first recorded visit; without `to` it runs to the last.
 */
export function dayRange(from: Date | null | undefined, to: Date | null | undefined): DayRange {
  if (from && to && from.getTime() > to.getTime()) {
    throw badUserInput(`from (${from.toISOString()}) must not be after to (${to.toISOString()})`, { field: 'from' });
  }
  const fromDay = from ? shanghaiClock(from).date : FIRST_DAY;
  let toDay = LAST_DAY;
  if (to) {
    const clock = shanghaiClock(to);
    const atMidnight = clock.minute === 0 && to.getTime() % 60_000 === 0;
    toDay = atMidnight ? shanghaiClock(new Date(to.getTime() - 1)).date : clock.date;
  }
  return { fromDay, toDay };
}

export const rangeKey = (r: DayRange) => `${r.fromDay}/${r.toDay}`;
