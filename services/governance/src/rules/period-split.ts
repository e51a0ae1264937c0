import { beijingDay, beijingDayStart, beijingMonth, startOfBeijingDay, startOfBeijingMonth, type MetricsPeriod } from '@nef/kit/rules';

/**
 * Where a metrics period without a start begins: a Beijing midnight (and month start) before
 * anything this service records. Reading from it reads "from the first record".
 */
export const FIRST_INSTANT = beijingDayStart('1970-01-01');

/** A period with both ends: one without a start begins at FIRST_INSTANT. */
export interface BoundedPeriod {
  from: Date;
  to: Date;
}

export function boundedPeriod(p: MetricsPeriod): BoundedPeriod {
  return { from: p.from ?? FIRST_INSTANT, to: p.to };
}

/** A period whose start is its end holds nothing: every figure over it is zero. */
export function isEmptyPeriod(p: MetricsPeriod): boolean {
  return p.from !== null && p.from.getTime() >= p.to.getTime();
}

/**
 * A period cut at Beijing midnights: its whole months and remaining whole days, read from the
 * rollups, and the partial days at its ends (or the whole period, when it holds no whole day),
 * read from the rows.
 */
export interface PeriodSplit {
  /** Whole months, 'YYYY-MM' keys, `to` exclusive. */
  months: { from: string; to: string } | null;
  /** Whole days outside those months, 'YYYY-MM-DD' keys, `to` exclusive: before and after them. */
  days: { from: string; to: string }[];
  /** All the whole days (months included), as keys and as instants. */
  whole: { from: string; to: string; period: BoundedPeriod } | null;
  /** The partial days at the ends. */
  edges: BoundedPeriod[];
}

export function splitPeriod(p: MetricsPeriod): PeriodSplit {
  const period = boundedPeriod(p);
  const from = period.from.getTime();
  const to = period.to.getTime();
  const d1 = startOfBeijingDay(from).getTime() === from ? from : startOfBeijingDay(from, 1).getTime();
  const d2 = startOfBeijingDay(to).getTime();
  if (d1 >= d2) return { months: null, days: [], whole: null, edges: [period] };
  const edges: BoundedPeriod[] = [];
  if (from < d1) edges.push({ from: period.from, to: new Date(d1) });
  if (d2 < to) edges.push({ from: new Date(d2), to: period.to });
  const whole = { from: beijingDay(d1), to: beijingDay(d2), period: { from: new Date(d1), to: new Date(d2) } };
  const m1 = startOfBeijingMonth(d1).getTime() === d1 ? d1 : startOfBeijingMonth(d1, 1).getTime();
  const m2 = startOfBeijingMonth(d2).getTime();
  if (m1 >= m2) return { months: null, days: [{ from: whole.from, to: whole.to }], whole, edges };
  const days: { from: string; to: string }[] = [];
  if (d1 < m1) days.push({ from: beijingDay(d1), to: beijingDay(m1) });
  if (m2 < d2) days.push({ from: beijingDay(m2), to: beijingDay(d2) });
  return { months: { from: beijingMonth(m1), to: beijingMonth(m2) }, days, whole, edges };
}
