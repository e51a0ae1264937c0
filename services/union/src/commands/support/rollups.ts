import type { EntityManager } from 'typeorm';
import { MembershipEntity, PlatformAccountEntity, WorkerEntity } from '../../entities';
import { isMember } from '../../rules/membership-status';
import { RollupDelta, standingOf, type Standing } from '../../rules/metric-rollups';

/** Rows per statement: 4 values each, well under SQLite's bound-variable limit. */
const CHUNK = 1_000;

/**
 * Adds the delta (rules/metric-rollups) to the district and street rollup rows, creating missing ones, in the
 * caller's transaction. An upsert, whose syntax is the one thing here the two engines spell
 * differently, so the kit's plain bulk inserts do not serve.
 */
export async function applyRollups(em: EntityManager, delta: RollupDelta): Promise<void> {
  const { counts, days, streetCounts, streetDays } = delta.rows();
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
  for (let i = 0; i < streetCounts.length; i += CHUNK) {
    await upsert('union_street_counts', ['street_code', 'metric', 'label'], streetCounts.slice(i, i + CHUNK));
  }
  for (let i = 0; i < streetDays.length; i += CHUNK) {
    await upsert('union_street_join_days', ['street_code', 'day'], streetDays.slice(i, i + CHUNK));
  }
}

/**
 * After linking an account on `platform` to a worker: one more for that platform when the
 * worker is an ACTIVE member. Called under the worker's row lock, which joining and leaving
 * take too, so the membership read here is the one that stands.
 */
export async function countLinkedAccount(
  em: EntityManager,
  worker: { id: string; districtCode: string; streetCode?: string | null; occupation: string },
  platform: string,
): Promise<void> {
  // A locking read on MySQL: it sees the latest commit, where a plain read would see the
  // transaction's snapshot, taken by the reads that came before the worker's lock.
  const lock = em.connection.options.type === 'mysql' ? { lock: { mode: 'pessimistic_write' as const } } : {};
  const membership = await em.findOne(MembershipEntity, { where: { workerId: worker.id }, ...lock });
  if (!isMember(membership)) return;
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
