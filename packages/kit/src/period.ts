/**
 * The one period rule of every `District.*Metrics(from, to)` field: the half-open interval
 * [from, to). Without `to` it ends now; without `from` it has no start (everything recorded
 * before `to`). A `from` after `to` is BAD_USER_INPUT; `from` equal to `to` is an empty period.
 */
import { badUserInput } from './errors';

export interface MetricsPeriod {
  /** Inclusive start, or null for no start. */
  from: Date | null;
  /** Exclusive end. */
  to: Date;
}

export function metricsPeriod(from: Date | null | undefined, to: Date | null | undefined, now: Date): MetricsPeriod {
  const end = to ?? now;
  if (from && from.getTime() > end.getTime()) {
    throw badUserInput(`from (${from.toISOString()}) must not be after to (${end.toISOString()})`, { field: 'from' });
  }
  return { from: from ?? null, to: end };
}

/** A stable key of a period, to share one loader among fields asked for the same period. */
export function periodKey(p: MetricsPeriod): string {
  return `${p.from?.toISOString() ?? ''}/${p.to.toISOString()}`;
}
