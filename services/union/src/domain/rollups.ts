import type { EntityManager } from 'typeorm';
import { MembershipEntity } from '../entities/membership';
import { PlatformAccountEntity } from '../entities/platform-account';
import { WorkerEntity } from '../entities/worker';

/**
 * The district rollups behind District.unionMetrics (tables union_district_counts and
 * union_join_days). A worker contributes, in its district: one to `status` for its membership's
 * status; when ACTIVE, one to `occupation` and one to `platform` per account; one to the join
 * day of its membership. A case contributes one to `case_status`. A write computes the worker's
 * standing before and after and applies the difference, in the write's own transaction, so the
 * counts always equal what the plain joins over the rows would give.
 */

const BEIJING_OFFSET = 8 * 3_600_000;
const DAY = 86_400_000;

/** The Asia/Shanghai calendar day of an instant, YYYY-MM-DD (China has no daylight saving). */
export function beijingDay(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET).toISOString().slice(0, 10);
}

/** The instant a Beijing day starts. */
export function beijingDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET);
}

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
    if (m.status === 'ACTIVE') {
      this.count(s.districtCode, 'occupation', s.occupation, sign);
      for (const platform of s.platforms) this.count(s.districtCode, 'platform', platform, sign);
    }
    const day = `${s.districtCode}\u0000${beijingDay(m.joinedAt)}`;
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

/** Rows per statement: 4 values each, well under SQLite's bound-variable limit. */
const CHUNK = 1_000;

/**
 * Adds the delta to the rollup rows, creating missing ones. An upsert, whose syntax is the one
 * thing here the two engines spell differently.
 */
export async function applyRollups(em: EntityManager, delta: RollupDelta): Promise<void> {
  const { counts, days } = delta.rows();
  const mysql = em.connection.options.type === 'mysql';
  const upsert = (table: string, keys: string[], rows: unknown[][]) => {
    const columns = [...keys, 'count'].map((c) => `\`${c}\``).join(', ');
    const tuple = `(${[...keys, 'count'].map(() => '?').join(', ')})`;
    const onConflict = mysql
      ? 'ON DUPLICATE KEY UPDATE `count` = `count` + VALUES(`count`)'
      : `ON CONFLICT (${keys.map((c) => `\`${c}\``).join(', ')}) DO UPDATE SET \`count\` = \`count\` + excluded.\`count\``;
    return em.query(`INSERT INTO \`${table}\` (${columns}) VALUES ${rows.map(() => tuple).join(', ')} ${onConflict}`, rows.flat());
  };
  for (let i = 0; i < counts.length; i += CHUNK) {
    await upsert('union_district_counts', ['district_code', 'metric', 'label'], counts.slice(i, i + CHUNK));
  }
  for (let i = 0; i < days.length; i += CHUNK) {
    await upsert('union_join_days', ['district_code', 'day'], days.slice(i, i + CHUNK));
  }
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
    fromDay = beijingDayStart(day).getTime() === lo.getTime() ? day : beijingDay(new Date(beijingDayStart(day).getTime() + DAY));
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

/**
 * After linking an account on `platform` to a worker: one more for that platform when the
 * worker is an ACTIVE member. Called under the worker's row lock, which joining and leaving
 * take too, so the membership read here is the one that stands.
 */
export async function countLinkedAccount(
  em: EntityManager,
  worker: { id: string; districtCode: string; occupation: string },
  platform: string,
): Promise<void> {
  // A locking read on MySQL: it sees the latest commit, where a plain read would see the
  // transaction's snapshot, taken by the reads that came before the worker's lock.
  const lock = em.connection.options.type === 'mysql' ? { lock: { mode: 'pessimistic_write' as const } } : {};
  const membership = await em.findOne(MembershipEntity, { where: { workerId: worker.id }, ...lock });
  if (membership?.status !== 'ACTIVE') return;
  await applyRollups(em, new RollupDelta().change(standingOf(worker, membership, []), standingOf(worker, membership, [{ platformCode: platform }])));
}

/** A worker's standing as stored, or null when there is no such worker. */
export async function currentStanding(em: EntityManager, workerId: string): Promise<Standing | null> {
  const worker = await em.findOne(WorkerEntity, { where: { id: workerId } });
  if (!worker) return null;
  const [membership, accounts] = await Promise.all([
    em.findOne(MembershipEntity, { where: { workerId } }),
    em.find(PlatformAccountEntity, { where: { workerId } }),
  ]);
  return standingOf(worker, membership, accounts);
}
