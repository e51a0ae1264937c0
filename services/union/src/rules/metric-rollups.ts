import { joinDay } from './join-days';
import { isMember } from './membership-status';

/**
 * The district rollups behind District.unionMetrics (tables union_district_counts and
 * union_join_days). A worker contributes, in its district: one to `status` for its membership's
 * status; when ACTIVE, one to `occupation` and one to `platform` per account; one to the Beijing
 * join day of its membership. A case contributes one to `case_status`. A write computes the
 * worker's standing before and after and applies the difference (commands/support/rollups), in
 * the write's own transaction, so the counts always equal what the plain joins over the rows
 * would give.
 */

/** What of a worker the rollups count. */
export interface Standing {
  districtCode: string;
  occupation: string;
  membership: { status: string; joinedAt: Date } | null;
  platforms: readonly string[];
}

export function standingOf(
  worker: { districtCode: string; occupation: string },
  membership: { status: string; joinedAt: Date } | null | undefined,
  accounts: readonly { platformCode: string }[],
): Standing {
  return {
    districtCode: worker.districtCode,
    occupation: worker.occupation,
    membership: membership ? { status: membership.status, joinedAt: membership.joinedAt } : null,
    platforms: accounts.map((a) => a.platformCode),
  };
}

/** Changes to the rollups, summed per row, to apply in one go. */
export class RollupDelta {
  readonly counts = new Map<string, number>();
  readonly days = new Map<string, number>();

  private count(district: string, metric: string, label: string, n: number) {
    const key = `${district}\u0000${metric}\u0000${label}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }

  /** Adds (sign 1) or takes away (sign -1) what a worker in this standing contributes. */
  worker(s: Standing, sign: 1 | -1): this {
    const m = s.membership;
    if (!m) return this;
    this.count(s.districtCode, 'status', m.status, sign);
    if (isMember(m)) {
      this.count(s.districtCode, 'occupation', s.occupation, sign);
      for (const platform of s.platforms) this.count(s.districtCode, 'platform', platform, sign);
    }
    const day = `${s.districtCode}\u0000${joinDay(m.joinedAt)}`;
    this.days.set(day, (this.days.get(day) ?? 0) + sign);
    return this;
  }

  /** A worker's change from one standing to another. */
  change(before: Standing, after: Standing): this {
    return this.worker(before, -1).worker(after, 1);
  }

  /** Adds (sign 1) or takes away (sign -1) a case in this status. */
  assistanceCase(districtCode: string, status: string, sign: 1 | -1): this {
    this.count(districtCode, 'case_status', status, sign);
    return this;
  }

  /** Rows that change, in key order (so concurrent writers lock rollup rows in the same order). */
  rows(): { counts: [string, string, string, number][]; days: [string, string, number][] } {
    const counts = [...this.counts]
      .filter(([, n]) => n !== 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, n]) => [...(key.split('\u0000') as [string, string, string]), n] as [string, string, string, number]);
    const days = [...this.days]
      .filter(([, n]) => n !== 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, n]) => [...(key.split('\u0000') as [string, string]), n] as [string, string, number]);
    return { counts, days };
  }
}
