import { bulkInsertValues, dateOf } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import type { ReportRow, VolunteerConfirmationRow } from '../entities';
import { RollupChanges } from '../rules/metrics-rollups';
import { chainConfirmations } from '../rules/volunteer-confirmations';
import type { ReportCategory, ReportStatus } from '../rules/vocabulary';

/**
 * Writing the rollups behind the district metrics. Every write that changes what the metrics
 * count moves them in its own transaction (`writeRollups` with the RollupChanges of
 * src/rules/metrics-rollups.ts); `rebuildRollups` recomputes everything from the rows, for the
 * migration that introduced them and for rows written behind the service's back. They live
 * beside the migrations, in plain SQL, because a migration may depend on nothing above it and
 * must run whatever the entities look like later.
 */

/** Every table the rollups keep. */
export const ROLLUP_TABLES = [
  'report_day_counts',
  'report_month_counts',
  'governance_day_totals',
  'report_resolution_days',
  'report_resolution_months',
  'report_resolutions',
  'volunteer_confirmations',
];

/** Rows per upsert statement. */
const UPSERT_ROWS = 500;

/** Adds to counter columns, creating the rows that are missing: one upsert per chunk of rows. */
async function addToCounters(em: EntityManager, table: string, keys: string[], values: string[], rows: (string | number)[][]): Promise<void> {
  if (rows.length === 0) return;
  const mysql = em.connection.options.type === 'mysql';
  const columns = [...keys, ...values];
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const onConflict = mysql
    ? ` ON DUPLICATE KEY UPDATE ${values.map((v) => `${v} = ${v} + VALUES(${v})`).join(', ')}`
    : ` ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${values.map((v) => `${v} = ${v} + excluded.${v}`).join(', ')}`;
  for (let i = 0; i < rows.length; i += UPSERT_ROWS) {
    const chunk = rows.slice(i, i + UPSERT_ROWS);
    await em.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}${onConflict}`, chunk.flat());
  }
}

/** Writes gathered rollup changes in the caller's transaction (and forgets them). */
export async function writeRollups(em: EntityManager, changes: RollupChanges): Promise<void> {
  const { counters, resolutions } = changes.take();
  for (const c of counters) await addToCounters(em, c.table, c.keys, c.counters, c.rows);
  await bulkInsertValues(
    em,
    'report_resolutions',
    ['report_id', 'district_code', 'resolved_at', 'duration_ms', 'bucket'],
    resolutions.map((r) => [r.reportId, r.districtCode, r.resolvedAt, r.durationMs, r.bucket]),
  );
}

/** Writes linked confirmations (chainConfirmations) with multi-row INSERTs. */
export function insertConfirmations(em: EntityManager, rows: readonly VolunteerConfirmationRow[]): Promise<void> {
  return bulkInsertValues(
    em,
    'volunteer_confirmations',
    ['participation_id', 'district_code', 'worker_id', 'confirmed_at', 'previous_at', 'points'],
    rows.map((c) => [c.participationId, c.districtCode, c.workerId, c.confirmedAt, c.previousAt, c.points]),
  );
}

/** Rows read per statement while rebuilding. */
const READ_CHUNK = 5_000;

/** Reads a table in id order, a chunk at a time, with plain SQL (no entity metadata: migrations use this). */
async function* rowsOf<T extends { id: string }>(em: EntityManager, select: string, where = ''): AsyncGenerator<T[]> {
  let after = '';
  for (;;) {
    const rows: T[] = await em.query(`${select} WHERE id > ?${where ? ` AND ${where}` : ''} ORDER BY id LIMIT ${READ_CHUNK}`, [after]);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < READ_CHUNK) return;
    after = rows[rows.length - 1]!.id;
  }
}

const optionalDate = (v: unknown) => (v == null ? null : dateOf(v));

/**
 * Recomputes every rollup from the rows, in the caller's transaction: what the migration that
 * introduced them does, and what to run after writing reports, participations or redemptions
 * behind the service's back. Plain SQL only, so that it runs in a migration whatever the
 * entities look like later.
 */
export async function rebuildRollups(em: EntityManager): Promise<void> {
  for (const table of ROLLUP_TABLES) {
    await em.query(`DELETE FROM ${table}`);
  }
  const changes = new RollupChanges();
  type RawReport = { id: string; district_code: string; category: string; status: string; submitted_at: unknown; reviewed_at: unknown; resolved_at: unknown; points_awarded: number | string };
  for await (const rows of rowsOf<RawReport>(em, 'SELECT id, district_code, category, status, submitted_at, reviewed_at, resolved_at, points_awarded FROM reports')) {
    for (const r of rows) {
      changes.report({
        id: r.id,
        districtCode: r.district_code,
        category: r.category as ReportCategory,
        status: r.status as ReportStatus,
        submittedAt: dateOf(r.submitted_at),
        reviewedAt: optionalDate(r.reviewed_at),
        resolvedAt: optionalDate(r.resolved_at),
        pointsAwarded: Number(r.points_awarded),
      } as ReportRow);
    }
    await writeRollups(em, changes);
  }
  type RawRedemption = { id: string; district_code: string; redeemed_at: unknown; points_spent: number | string };
  for await (const rows of rowsOf<RawRedemption>(
    em,
    'SELECT id, district_code, redeemed_at, points_spent FROM redemptions',
    "district_code IS NOT NULL AND status <> 'CANCELLED'",
  )) {
    for (const x of rows) changes.points(x.district_code, dateOf(x.redeemed_at), 'redeemedPoints', Number(x.points_spent));
    await writeRollups(em, changes);
  }
  const districtOf = new Map<string, string>();
  for (const a of (await em.query('SELECT id, district_code FROM volunteer_activities')) as { id: string; district_code: string }[]) {
    districtOf.set(a.id, a.district_code);
  }
  const confirmations: Omit<VolunteerConfirmationRow, 'previousAt'>[] = [];
  type RawParticipation = { id: string; activity_id: string; worker_id: string; confirmed_at: unknown; points_awarded: number | string | null };
  for await (const rows of rowsOf<RawParticipation>(
    em,
    'SELECT id, activity_id, worker_id, confirmed_at, points_awarded FROM volunteer_participations',
    'confirmed_at IS NOT NULL',
  )) {
    for (const x of rows) {
      const district = districtOf.get(x.activity_id);
      if (!district) continue;
      const points = Number(x.points_awarded ?? 0);
      const confirmedAt = dateOf(x.confirmed_at);
      confirmations.push({ participationId: x.id, districtCode: district, workerId: x.worker_id, confirmedAt, points });
      if (points) changes.points(district, confirmedAt, 'activityPoints', points);
    }
    await writeRollups(em, changes);
  }
  await insertConfirmations(em, chainConfirmations(confirmations));
}
