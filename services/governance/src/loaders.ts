import DataLoader from 'dataloader';
import { In, MoreThan, type EntitySchema, type ObjectLiteral } from 'typeorm';
import { groupLoader, rowLoader, valueLoader, type Database } from '@nef/kit';
import {
  Community,
  GatePass,
  PointsAccount,
  PointsEntry,
  Redemption,
  Report,
  Reward,
  VolunteerRole,
  type PointsEntryRow,
  type RedemptionRow,
  type ReportRow,
  type RewardRow,
} from './entities';
import { duplicateSearchArea, isPossibleDuplicate } from './domain/duplicates';
import { districtMetrics, type GovernanceMetrics, type Period } from './domain/metrics';
import { OPEN_STATUSES, type RedemptionStatus, type ReportStatus } from './domain/vocabulary';

/** Every DataLoader of the service, created per request. */
export function createLoaders(db: Database) {
  const em = db.manager;

  const reportById = rowLoader<string, ReportRow>(
    (ids) => em.find(Report, { where: { id: In([...ids]) } }),
    (r) => r.id,
  );

  const pointsBalance = valueLoader<string, number>(async (workerIds) => {
    const rows = await em.find(PointsAccount, { where: { workerId: In([...workerIds]) } });
    return new Map(rows.map((a) => [a.workerId, a.balance]));
  }, 0);

  /** The newest `first` ledger entries of each worker, one statement for all workers. */
  const pointsHistory = perVariant((first: number) =>
    newestPerKey<PointsEntryRow>(db, {
      entity: PointsEntry,
      table: 'points_entries',
      keyColumn: 'worker_id',
      newestBy: { column: 'created_at', property: 'createdAt' },
      keyOf: (e) => e.workerId,
      limit: first,
    }),
  );

  /** The newest `first` reports of each reporter, optionally of one status. */
  const reportsByReporter = perVariant((variant: { status: ReportStatus | null; first: number }) =>
    newestPerKey<ReportRow>(db, {
      entity: Report,
      table: 'reports',
      keyColumn: 'reporter_id',
      newestBy: { column: 'submitted_at', property: 'submittedAt' },
      keyOf: (r) => r.reporterId,
      limit: variant.first,
      filter: variant.status ? { sql: 'status = :status', params: { status: variant.status } } : undefined,
    }),
  );

  /** Open reports near each report, found with one statement for a whole page of reports. */
  const possibleDuplicates = new DataLoader<ReportRow, ReportRow[], string>(
    async (reports) => {
      const qb = em.createQueryBuilder(Report, 'r').where('r.status IN (:...open)', { open: OPEN_STATUSES });
      const boxes = reports.map((report, i) => {
        const a = duplicateSearchArea(report);
        qb.setParameters({
          [`category${i}`]: a.category,
          [`minLat${i}`]: a.minLat,
          [`maxLat${i}`]: a.maxLat,
          [`minLng${i}`]: a.minLng,
          [`maxLng${i}`]: a.maxLng,
          [`from${i}`]: a.from,
          [`to${i}`]: a.to,
        });
        return (
          `(r.category = :category${i} AND r.lat BETWEEN :minLat${i} AND :maxLat${i}` +
          ` AND r.lng BETWEEN :minLng${i} AND :maxLng${i} AND r.submittedAt BETWEEN :from${i} AND :to${i})`
        );
      });
      const candidates = await qb
        .andWhere(`(${boxes.join(' OR ')})`)
        .orderBy('r.submittedAt', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .getMany();
      return reports.map((report) => candidates.filter((c) => isPossibleDuplicate(report, c)));
    },
    { cacheKeyFn: (r) => r.id, maxBatchSize: 100 },
  );

  const rewardById = rowLoader<string, RewardRow>(
    (ids) => em.find(Reward, { where: { id: In([...ids]) } }),
    (r) => r.id,
  );

  /** Rewards offered at each station: active ones, oldest first. */
  const rewardsByStation = groupLoader(
    (stationIds: readonly string[]) =>
      em.find(Reward, { where: { stationId: In([...stationIds]), active: true }, order: { id: 'ASC' } }),
    (r) => r.stationId!,
  );

  const communityById = rowLoader(
    (ids: readonly string[]) => em.find(Community, { where: { id: In([...ids]) } }),
    (c) => c.id,
  );

  /** Every role of each worker, current and ended, newest first. */
  const rolesByWorker = groupLoader(
    (workerIds: readonly string[]) =>
      em.find(VolunteerRole, { where: { workerId: In([...workerIds]) }, order: { since: 'DESC', id: 'DESC' } }),
    (r) => r.workerId,
  );

  /** Each worker's gate passes, latest expiry first; only those valid now when asked. */
  const gatePassesByWorker = perVariant((validOnly: boolean) =>
    groupLoader(
      (workerIds: readonly string[]) =>
        em.find(GatePass, {
          where: { workerId: In([...workerIds]), ...(validOnly ? { expiresAt: MoreThan(new Date()) } : {}) },
          order: { expiresAt: 'DESC', id: 'DESC' },
        }),
      (g) => g.workerId,
    ),
  );

  /** The newest `first` redemptions of each worker, optionally of one status. */
  const redemptionsByWorker = perVariant((variant: { status: RedemptionStatus | null; first: number }) =>
    newestPerKey<RedemptionRow>(db, {
      entity: Redemption,
      table: 'redemptions',
      keyColumn: 'worker_id',
      newestBy: { column: 'redeemed_at', property: 'redeemedAt' },
      keyOf: (r) => r.workerId,
      limit: variant.first,
      filter: variant.status ? { sql: 'status = :status', params: { status: variant.status } } : undefined,
    }),
  );

  /** Metrics of every district asked for in one request, per period, in a fixed number of statements. */
  const governanceMetrics = perVariant(
    (period: Period) =>
      new DataLoader<string, GovernanceMetrics>(async (codes) => {
        const byCode = await districtMetrics(db, codes, period);
        return codes.map((c) => byCode.get(c)!);
      }),
  );

  return {
    reportById,
    pointsBalance,
    pointsHistory,
    reportsByReporter,
    possibleDuplicates,
    rewardById,
    rewardsByStation,
    communityById,
    rolesByWorker,
    gatePassesByWorker,
    redemptionsByWorker,
    governanceMetrics,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * One loader per distinct argument set (e.g. per `first`), made on first use: fields asked with
 * the same arguments across many parents share a batch.
 */
function perVariant<V, L>(make: (variant: V) => L): (variant: V) => L {
  const made = new Map<string, L>();
  return (variant) => {
    const key = JSON.stringify(variant);
    let loader = made.get(key);
    if (!loader) {
      loader = make(variant);
      made.set(key, loader);
    }
    return loader;
  };
}

/**
 * A loader of the newest `limit` rows per key. A window function ranks rows within each key, so
 * one statement serves any number of keys and no key's rows crowd out another's.
 */
function newestPerKey<T extends ObjectLiteral>(
  db: Database,
  opts: {
    entity: EntitySchema<T>;
    table: string;
    keyColumn: string;
    /** Newest first by this time column, then by id (UUIDv7, time-ordered) to break ties. */
    newestBy: { column: string; property: string };
    keyOf: (row: T) => string;
    limit: number;
    filter?: { sql: string; params: Record<string, unknown> };
  },
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    if (opts.limit > 0) {
      const where = `${opts.keyColumn} IN (:...keys)${opts.filter ? ` AND ${opts.filter.sql}` : ''}`;
      const order = `${opts.newestBy.column} DESC, id DESC`;
      const rows = await db.manager
        .createQueryBuilder(opts.entity, 'x')
        .where(
          `x.id IN (SELECT ranked.id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY ${opts.keyColumn} ORDER BY ${order}) AS rn FROM ${opts.table} WHERE ${where}) ranked WHERE ranked.rn <= :limit)`,
          { keys: [...keys], limit: opts.limit, ...opts.filter?.params },
        )
        .orderBy(`x.${opts.newestBy.property}`, 'DESC')
        .addOrderBy('x.id', 'DESC')
        .getMany();
      for (const row of rows) groups.get(opts.keyOf(row))?.push(row);
    }
    return keys.map((k) => groups.get(k)!);
  });
}
