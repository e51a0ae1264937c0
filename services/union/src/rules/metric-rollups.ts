import { joinDay } from './join-days';
import { isMember } from './membership-status';

/**
 * The rollups behind District.unionMetrics and Region.unionMetrics: per district
 * (union_district_counts, union_join_days) and per street (union_street_counts,
 * union_street_join_days). A worker contributes, in its district and, when it names one, in its
 * street: one to `status` for its membership's status; when ACTIVE, one to `occupation` and one
 * to `platform` per account; one to the Beijing join day of its membership. A case contributes
 * one to `case_status` where its worker is. A write computes the worker's standing before and
 * after and applies the difference (commands/support/rollups), in the write's own transaction,
 * so the counts always equal what the plain joins over the rows would give.
 */

/** Where a worker (and so its cases) is counted: its district and, when given, its street. */
export interface Place {
  districtCode: string;
  streetCode?: string | null;
}

/** What of a worker the rollups count. */
export interface Standing {
  districtCode: string;
  streetCode: string | null;
  occupation: string;
  membership: { status: string; joinedAt: Date } | null;
  platforms: readonly string[];
}

export function standingOf(
  worker: Place & { occupation: string },
  membership: { status: string; joinedAt: Date } | null | undefined,
  accounts: readonly { platformCode: string }[],
): Standing {
  return {
    districtCode: worker.districtCode,
    streetCode: worker.streetCode ?? null,
    occupation: worker.occupation,
    membership: membership ? { status: membership.status, joinedAt: membership.joinedAt } : null,
    platforms: accounts.map((a) => a.platformCode),
  };
}

/** Rows to change in one rollup table: its key columns' values and the change of `count`. */
export type RollupRows<K extends unknown[]> = [...K, number][];

/** Changes to the rollups, summed per row, to apply in one go. */
export class RollupDelta {
  readonly counts = new Map<string, number>();
  readonly days = new Map<string, number>();
  readonly streetCounts = new Map<string, number>();
  readonly streetDays = new Map<string, number>();

  private static add(map: Map<string, number>, parts: string[], n: number) {
    const key = parts.join('\u0000');
    map.set(key, (map.get(key) ?? 0) + n);
  }

  private count(place: Place, metric: string, label: string, n: number) {
    RollupDelta.add(this.counts, [place.districtCode, metric, label], n);
    if (place.streetCode) RollupDelta.add(this.streetCounts, [place.streetCode, metric, label], n);
  }

  /** Adds (sign 1) or takes away (sign -1) what a worker in this standing contributes. */
  worker(s: Standing, sign: 1 | -1): this {
    const m = s.membership;
    if (!m) return this;
    this.count(s, 'status', m.status, sign);
    if (isMember(m)) {
      this.count(s, 'occupation', s.occupation, sign);
      for (const platform of s.platforms) this.count(s, 'platform', platform, sign);
    }
    const day = joinDay(m.joinedAt);
    RollupDelta.add(this.days, [s.districtCode, day], sign);
    if (s.streetCode) RollupDelta.add(this.streetDays, [s.streetCode, day], sign);
    return this;
  }

  /** A worker's change from one standing to another. */
  change(before: Standing, after: Standing): this {
    return this.worker(before, -1).worker(after, 1);
  }

  /** Adds (sign 1) or takes away (sign -1) a case in this status, where its worker is. */
  assistanceCase(place: Place, status: string, sign: 1 | -1): this {
    this.count(place, 'case_status', status, sign);
    return this;
  }

  /** Rows that change, in key order (so concurrent writers lock rollup rows in the same order). */
  rows(): {
    counts: RollupRows<[string, string, string]>;
    days: RollupRows<[string, string]>;
    streetCounts: RollupRows<[string, string, string]>;
    streetDays: RollupRows<[string, string]>;
  } {
    return {
      counts: changed(this.counts) as RollupRows<[string, string, string]>,
      days: changed(this.days) as RollupRows<[string, string]>,
      streetCounts: changed(this.streetCounts) as RollupRows<[string, string, string]>,
      streetDays: changed(this.streetDays) as RollupRows<[string, string]>,
    };
  }
}

function changed(map: Map<string, number>): (string | number)[][] {
  return [...map]
    .filter(([, n]) => n !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, n]) => [...key.split('\u0000'), n]);
}
