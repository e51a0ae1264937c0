/**
 * Writes the governance share of the city data set (planned in city-plan.ts) or of the national
 * one (national-plan.ts, area by area) into the service's database, batch by batch, so that an
 * interrupted run continues and a second run adds nothing.
 */
import { bulkInsert, bumpDataVersions, type Database } from '@nef/kit';
import { CITY, NATIONAL, type DatasetScale } from '@nef/kit/seed';
import { In, type EntityManager, type EntitySchema } from 'typeorm';
import { cachePolicy } from '../cache';
import {
  Community,
  GatePass,
  Participation,
  PointsAccount,
  PointsEntry,
  Redemption,
  Report,
  Reward,
  VolunteerActivity,
  VolunteerRole,
} from '../entities';
import { insertConfirmations, writeRollups } from '../migrations/rollups';
import { RollupChanges } from '../rules/metrics-rollups';
import { chainConfirmations } from '../rules/volunteer-confirmations';
import { generatedRowId } from './city-ids';
import { anchorOffset, communityName, planCity, type Counts, type Plan, type WorkerRows } from './city-plan';
import { nationalCommunityName, nationalShares, planArea, type NationalShares } from './national-plan';

/** Per 100,000 workers; smaller worker counts scale them down. */
const PER_CITY = { communities: 300, rewards: 300, activities: 1_500, roles: 2_000 };

export interface GenerateOptions {
  /** Default city. */
  scale?: DatasetScale;
  seed: number;
  /** Default CITY.workers, or NATIONAL.workers at national scale. */
  workers?: number;
  /** City scale only: the national data set draws these per area from its workers. */
  communities?: number;
  rewards?: number;
  activities?: number;
  roles?: number;
  /**
   * How many generated stations rewards may point at (default CITY.stations; at national scale
   * NATIONAL.stations in proportion to the workers, each area's rewards at the ones in the area).
   */
  stations?: number;
  /** Workers per batch (one transaction each). */
  batchWorkers?: number;
  /**
   * The end of the generated year. Default: the `now` of the data set already in the database
   * for this seed, or the current time for a new one.
   */
  now?: Date;
  progress?: (what: string, done: number, total: number, note?: string) => void;
  /** Called once with a line saying which `now` is used and why. */
  log?: (line: string) => void;
}

export interface GenerateResult {
  now: Date;
  /** Rows written by this run, per table (0 everywhere when everything was already there). */
  written: Record<string, number>;
  /** Rows the full data set holds, per table. */
  planned: Record<string, number>;
}

function countsOf(opts: GenerateOptions): Counts {
  const workers = opts.workers ?? CITY.workers;
  // Activities and roles belong to communities, and the first community anchors the data set.
  if (opts.communities !== undefined && opts.communities < 1) throw new Error('the data set needs at least one community');
  const scaled = (perCity: number, min: number) => Math.max(min, Math.round((perCity * workers) / CITY.workers));
  return {
    workers,
    communities: opts.communities ?? scaled(PER_CITY.communities, 3),
    rewards: opts.rewards ?? scaled(PER_CITY.rewards, 3),
    activities: opts.activities ?? scaled(PER_CITY.activities, 5),
    roles: opts.roles ?? scaled(PER_CITY.roles, 5),
    stations: opts.stations ?? CITY.stations,
  };
}

/** Ids per look-up and per CASE update. */
const CHUNK = 500;

/** Adds `by[id]` to a counter column of many rows in a few statements (one CASE per chunk). */
async function addToColumn(em: EntityManager, table: string, column: string, by: Map<string, number>): Promise<void> {
  const entries = [...by].filter(([, n]) => n !== 0);
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK);
    const cases = chunk.map(() => 'WHEN ? THEN ?').join(' ');
    await em.query(
      `UPDATE ${table} SET ${column} = ${column} + CASE id ${cases} END WHERE id IN (${chunk.map(() => '?').join(', ')})`,
      [...chunk.flatMap(([id, n]) => [id, n]), ...chunk.map(([id]) => id)],
    );
  }
}

/**
 * The `now` a data set for this seed and scale was generated with, read back from its first
 * community (whose age does not depend on `now`), or null when there is none. The national data
 * set's first community is the first of its first area with workers.
 */
export async function existingNow(db: Database, seed: number, scale: DatasetScale = 'city', shares?: NationalShares): Promise<Date | null> {
  const expected = generatedRowId(seed, 'community', 0, 0, scale).slice(14);
  let where: { districtCode: string; name: string } = { districtCode: CITY.districtCode, name: communityName(seed, 0) };
  if (scale === 'national') {
    const area = (shares ?? nationalShares(seed)).areas[0]!.area;
    where = { districtCode: area.code, name: nationalCommunityName(seed, area, 0) };
  }
  const found = await db.manager.find(Community, { where });
  const mine = found.find((c) => c.id.slice(14) === expected);
  return mine ? new Date(mine.createdAt.getTime() + anchorOffset(seed)) : null;
}

async function missingIds(em: EntityManager, entity: EntitySchema<{ id: string }>, ids: string[]): Promise<Set<string>> {
  const missing = new Set(ids);
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const row of await em.find(entity, { select: { id: true }, where: { id: In(ids.slice(i, i + CHUNK)) } })) missing.delete(row.id);
  }
  return missing;
}

/**
 * Writes the plan: first the catalogue (communities, rewards, activities; the ones missing), then
 * the workers in batches, one transaction each. A batch whose first row is there was committed
 * whole and is skipped, so an interrupted run can be started again and a second run writes
 * nothing. Each batch also takes its vouchers from the rewards' stock, adds its sign-ups to the
 * activities and its reports and points to the metrics rollups, so every committed state holds
 * the invariants.
 */
export async function writePlan(db: Database, plan: Plan, opts: Pick<GenerateOptions, 'batchWorkers' | 'progress'> = {}): Promise<Record<string, number>> {
  const progress = opts.progress ?? (() => {});
  const written: Record<string, number> = {};
  const add = (table: string, n: number) => (written[table] = (written[table] ?? 0) + n);

  await db.transaction(async (em) => {
    for (const [entity, rows] of [
      [Community, plan.communities],
      [Reward, plan.rewards],
      [VolunteerActivity, plan.activities],
    ] as [EntitySchema<{ id: string }>, { id: string }[]][]) {
      const missing = await missingIds(em, entity, rows.map((r) => r.id));
      const fresh = rows.filter((r) => missing.has(r.id));
      await bulkInsert(em, entity, fresh);
      add(entity.options.tableName!, fresh.length);
    }
  });
  const catalogue = plan.communities.length + plan.rewards.length + plan.activities.length;
  progress('catalogue', catalogue, catalogue, `${plan.communities.length} communities, ${plan.rewards.length} rewards, ${plan.activities.length} activities`);

  const rewardIds = new Set(plan.rewards.map((r) => r.id));
  const districtOf = new Map(plan.activities.map((a) => [a.id, a.districtCode]));
  const batch = Math.max(1, opts.batchWorkers ?? 5_000);
  const total = plan.counts.workers;
  for (let start = 0; start < total; start += batch) {
    const end = Math.min(total, start + batch);
    const rows = plan.workers.slice(start, end).filter((w): w is WorkerRows => w !== undefined);
    // In id (time) order: inserts then walk each index forwards instead of all over it.
    const byId = <T extends { id: string }>(list: T[]) => list.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const reports = byId(rows.flatMap((w) => w.reports));
    const entries = byId(rows.flatMap((w) => w.entries));
    const redemptions = byId(rows.flatMap((w) => w.redemptions));
    const participations = byId(rows.flatMap((w) => w.participations));
    const roles = rows.flatMap((w) => w.roles);
    const passes = rows.flatMap((w) => w.passes);
    const accounts = rows.flatMap((w) => (w.account ? [w.account] : []));
    const marker: [EntitySchema<{ id: string }>, string] | undefined =
      reports[0] ? [Report, reports[0].id]
      : entries[0] ? [PointsEntry, entries[0].id]
      : participations[0] ? [Participation, participations[0].id]
      : roles[0] ? [VolunteerRole, roles[0].id]
      : passes[0] ? [GatePass, passes[0].id]
      : undefined;
    if (!marker) {
      progress('workers', end, total);
      continue;
    }
    if (await db.manager.existsBy(marker[0], { id: marker[1] })) {
      progress('workers', end, total, 'already there');
      continue;
    }
    const stockTaken = new Map<string, number>();
    for (const r of redemptions) if (r.status !== 'CANCELLED' && rewardIds.has(r.rewardId)) stockTaken.set(r.rewardId, (stockTaken.get(r.rewardId) ?? 0) - 1);
    const signUps = new Map<string, number>();
    for (const p of participations) signUps.set(p.activityId, (signUps.get(p.activityId) ?? 0) + 1);
    const rollups = new RollupChanges();
    for (const r of reports) rollups.report(r);
    for (const x of redemptions) if (x.districtCode && x.status !== 'CANCELLED') rollups.points(x.districtCode, x.redeemedAt, 'redeemedPoints', x.pointsSpent);
    const confirmed = participations.filter((p) => p.confirmedAt && districtOf.has(p.activityId));
    for (const p of confirmed) if (p.pointsAwarded) rollups.points(districtOf.get(p.activityId)!, p.confirmedAt!, 'activityPoints', p.pointsAwarded);
    const confirmations = chainConfirmations(
      confirmed.map((p) => ({ participationId: p.id, districtCode: districtOf.get(p.activityId)!, workerId: p.workerId, confirmedAt: p.confirmedAt!, points: p.pointsAwarded ?? 0 })),
    );
    await db.transaction(async (em) => {
      await bulkInsert(em, Report, reports);
      await bulkInsert(em, PointsEntry, entries);
      await bulkInsert(em, PointsAccount, accounts);
      await bulkInsert(em, Redemption, redemptions);
      await bulkInsert(em, Participation, participations);
      await bulkInsert(em, VolunteerRole, roles);
      await bulkInsert(em, GatePass, passes);
      await addToColumn(em, 'rewards', 'stock', stockTaken);
      await addToColumn(em, 'volunteer_activities', 'participants', signUps);
      await writeRollups(em, rollups);
      await insertConfirmations(em, confirmations);
    });
    add('reports', reports.length);
    add('points_entries', entries.length);
    add('points_accounts', accounts.length);
    add('redemptions', redemptions.length);
    add('volunteer_participations', participations.length);
    add('volunteer_roles', roles.length);
    add('gate_passes', passes.length);
    progress('workers', end, total, `${reports.length} reports, ${entries.length} ledger entries, ${redemptions.length} vouchers`);
  }
  return written;
}

/** The tables a data set writes rows into (besides the rollups), in the order they are reported. */
export const GENERATED_TABLES = [
  'communities',
  'rewards',
  'volunteer_activities',
  'reports',
  'points_entries',
  'points_accounts',
  'redemptions',
  'volunteer_participations',
  'volunteer_roles',
  'gate_passes',
] as const;

/** Counts of every table in a plan, for reports and tests. */
export function planTotals(plan: Plan): Record<string, number> {
  const t: Record<string, number> = {
    communities: plan.communities.length,
    rewards: plan.rewards.length,
    volunteer_activities: plan.activities.length,
    reports: 0,
    points_entries: 0,
    points_accounts: 0,
    redemptions: 0,
    volunteer_participations: 0,
    volunteer_roles: 0,
    gate_passes: 0,
  };
  for (const w of plan.workers) {
    if (!w) continue;
    t.reports! += w.reports.length;
    t.points_entries! += w.entries.length;
    t.points_accounts! += w.account ? 1 : 0;
    t.redemptions! += w.redemptions.length;
    t.volunteer_participations! += w.participations.length;
    t.volunteer_roles! += w.roles.length;
    t.gate_passes! += w.passes.length;
  }
  return t;
}

/** Adds the counts of `more` to `into`, table by table. */
function addCounts(into: Record<string, number>, more: Record<string, number>): void {
  for (const [table, n] of Object.entries(more)) into[table] = (into[table] ?? 0) + n;
}

/**
 * Writes the national data set area by area: each area's plan is drawn, written batch by batch
 * and dropped before the next, so memory holds one area's rows at a time (the largest, 黄浦区,
 * has about 9% of the workers). Batches already there are skipped as in the city run.
 */
async function writeNational(db: Database, shares: NationalShares, opts: GenerateOptions, now: Date): Promise<{ written: Record<string, number>; planned: Record<string, number> }> {
  const progress = opts.progress ?? (() => {});
  const written: Record<string, number> = {};
  const planned: Record<string, number> = {};
  // Codes are unique over the whole data set, as the tables require.
  const codes = { pass: new Set<string>(), voucher: new Set<string>() };
  let before = 0;
  for (const [n, share] of shares.areas.entries()) {
    const { area } = share;
    const plan = planArea(opts.seed, share, now, codes);
    const label = `${area.code} ${area.city}${area.name}`;
    addCounts(
      written,
      await writePlan(db, plan, {
        batchWorkers: opts.batchWorkers,
        progress: (what, done, total, note) =>
          what === 'workers'
            ? progress('workers', before + done, shares.workers, note ? `${label}: ${note}` : label)
            : progress(`${what} of ${label}`, done, total, note),
      }),
    );
    const totals = planTotals(plan);
    addCounts(planned, totals);
    before += share.counts.workers;
    const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
    progress('areas', n + 1, shares.areas.length, `${label}: ${share.counts.workers} workers, ${totals.reports} reports, ${share.counts.stations} stations, ${rss} MB resident`);
  }
  return { written, planned };
}

/**
 * Generates the city or national data set into the service's database. `now` defaults to the one
 * the data set for this seed and scale was first generated with, so that a rerun finds its rows; a
 * different explicit `now` for a seed already there is refused.
 */
export async function generate(db: Database, opts: GenerateOptions): Promise<GenerateResult> {
  const log = opts.log ?? (() => {});
  const scale = opts.scale ?? 'city';
  if (scale !== 'city' && scale !== 'national') throw new Error(`the scale must be city or national (got ${String(scale)})`);
  let shares: NationalShares | undefined;
  if (scale === 'national') {
    const fixed = (['communities', 'rewards', 'activities', 'roles'] as const).filter((k) => opts[k] !== undefined);
    if (fixed.length) throw new Error(`the national data set draws ${fixed.join(', ')} per area from its workers; only --workers, --stations and --batch apply`);
    const workers = opts.workers ?? NATIONAL.workers;
    if (workers < 1) throw new Error('the data set needs at least one worker');
    shares = nationalShares(opts.seed, workers, opts.stations);
  }
  const stored = await existingNow(db, opts.seed, scale, shares);
  let now: Date;
  if (stored && opts.now && stored.getTime() !== opts.now.getTime()) {
    throw new Error(
      `this database already holds the data set for seed ${opts.seed} at ${scale} scale, generated up to ${stored.toISOString()}; ` +
        `give that --now (or none), or use another database or seed`,
    );
  } else if (stored) {
    now = stored;
    log(`continuing the ${scale} data set for seed ${opts.seed} generated up to ${now.toISOString()}`);
  } else {
    now = new Date(Math.floor((opts.now ?? new Date()).getTime()));
    log(`generating the year up to ${now.toISOString()}`);
  }
  if (shares) log(`${shares.workers} workers and ${shares.stations} stations over ${shares.areas.length} areas`);
  // Each batch touches every index of the year's rows; SQLite's default 2 MB page cache would
  // send most of those page reads and writes to the operating system.
  const cache = db.engine === 'sqlite' ? ((await db.manager.query('PRAGMA cache_size')) as { cache_size: number }[])[0]?.cache_size : undefined;
  if (cache !== undefined) await db.manager.query('PRAGMA cache_size = -262144');
  try {
    let written: Record<string, number>;
    let planned: Record<string, number>;
    if (shares) {
      ({ written, planned } = await writeNational(db, shares, opts, now));
    } else {
      const plan = planCity(opts.seed, countsOf(opts), now);
      written = await writePlan(db, plan, opts);
      planned = planTotals(plan);
    }
    // What the gateways kept of reports, rewards and figures goes with the new rows.
    if (Object.values(written).some((n) => Number(n) > 0)) await bumpDataVersions(db, cachePolicy.namespaces);
    return { now, written, planned };
  } finally {
    if (cache !== undefined) await db.manager.query(`PRAGMA cache_size = ${Number(cache)}`);
  }
}
