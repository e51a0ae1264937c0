import { beijingDay, beijingDayStart, DAY_MS } from '@nef/kit/rules';

/** The union_join_days bucket of a join: its Beijing calendar day, YYYY-MM-DD. */
export function joinDay(joinedAt: Date): string {
  return beijingDay(joinedAt);
}

/**
 * A period [from, to) as whole Beijing days [fromDay, toDay) read from union_join_days, plus
 * the partial days at its ends (`edges`), counted from the memberships themselves. A missing
 * bound is an open end. Bounds outside years 1000..9999 (where YYYY-MM-DD stops sorting as
 * text, and MySQL's DATETIME ends) count as open: no membership is dated there.
 */
export interface SplitPeriod {
  fromDay: string | null;
  toDay: string | null;
  /** Whether any whole day lies in the period. */
  wholeDays: boolean;
  edges: [Date, Date][];
}

const MIN_TIME = Date.parse('1000-01-02T00:00:00Z');
const MAX_TIME = Date.parse('9999-12-30T00:00:00Z');

export function splitPeriod(from: Date | null | undefined, to: Date | null | undefined): SplitPeriod {
  if ((from && from.getTime() >= MAX_TIME) || (to && to.getTime() <= MIN_TIME)) {
    return { fromDay: null, toDay: null, wholeDays: false, edges: [] };
  }
  const lo = from && from.getTime() > MIN_TIME ? from : null;
  const hi = to && to.getTime() < MAX_TIME ? to : null;
  let fromDay: string | null = null;
  if (lo) {
    const day = beijingDay(lo);
    fromDay = beijingDayStart(day).getTime() === lo.getTime() ? day : beijingDay(new Date(beijingDayStart(day).getTime() + DAY_MS));
  }
  const toDay = hi ? beijingDay(hi) : null;
  if (fromDay === null || toDay === null || fromDay < toDay) {
    const edges: [Date, Date][] = [];
    if (lo && fromDay && lo.getTime() < beijingDayStart(fromDay).getTime()) edges.push([lo, beijingDayStart(fromDay)]);
    if (hi && toDay && beijingDayStart(toDay).getTime() < hi.getTime()) edges.push([beijingDayStart(toDay), hi]);
    return { fromDay, toDay, wholeDays: true, edges };
  }
  // No whole day between the bounds: everything is one partial stretch.
  return { fromDay, toDay, wholeDays: false, edges: lo!.getTime() < hi!.getTime() ? [[lo!, hi!]] : [] };
}
