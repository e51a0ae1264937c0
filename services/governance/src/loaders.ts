import DataLoader from 'dataloader';
import { In, type EntitySchema, type ObjectLiteral } from 'typeorm';
import { rowLoader, valueLoader, type Database } from '@nef/kit';
import {
  Community,
  GatePass,
  PointsAccount,
  PointsEntry,
  Redemption,
  Report,
  Reward,
  VolunteerRole,
  type GatePassRow,
  type PointsEntryRow,
  type RedemptionRow,
  type ReportRow,
  type RewardRow,
  type VolunteerRoleRow,
} from './entities';
import { duplicateSearchArea, isPossibleDuplicate } from './domain/duplicates';
import { districtMetrics, type GovernanceMetrics, type Period } from './domain/metrics';
import { OPEN_STATUSES, type RedemptionStatus, type ReportStatus } from './domain/vocabulary';

/** Every DataLoader of the service, created per request. */
export function createLoaders(db: Database) {
  const em = db.manager;
  /**
   * The request's "now": every district asked for in one request without a period shares the
   * same default period, so they share one metrics loader (one batch of statements) even when
   * the resolvers run across a millisecond boundary.
   */
  const now = new Date();

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
    firstPerKey<PointsEntryRow>(db, {
      entity: PointsEntry,
      table: 'points_entries',
      keyColumn: 'worker_id',
      orderBy: { column: 'created_at', property: 'createdAt', direction: 'DESC' },
      keyOf: (e) => e.workerId,
      limit: first,
    }),
  );

  /** The newest `first` reports of each reporter, optionally of one status. */
  const reportsByReporter = perVariant((variant: { status: ReportStatus | null; first: number }) =>
    firstPerKey<ReportRow>(db, {
      entity: Report,
      table: 'reports',
      keyColumn: 'reporter_id',
      orderBy: { column: 'submitted_at', property: 'submittedAt', direction: 'DESC' },
      keyOf: (r) => r.reporterId,
      limit: variant.first,
      filter: variant.status ? { sql: 'status = :status', params: { status: variant.status } } : undefined,
    }),
  );

  /**
   * Open reports near each report, found with one statement for a whole page of reports; each
   * report's list (oldest first) is cut at `first` after that statement.
   */
  const possibleDuplicates = perVariant((first: number) => new DataLoader<ReportRow, ReportRow[], string>(
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
      return reports.map((report) => candidates.filter((c) => isPossibleDuplicate(report, c)).slice(0, first));
    },
    { cacheKeyFn: (r) => r.id, maxBatchSize: 100 },
  ));

  const rewardById = rowLoader<string, RewardRow>(
    (ids) => em.find(Reward, { where: { id: In([...ids]) } }),
    (r) => r.id,
  );

  /** The first `first` rewards offered at each station: active ones, oldest first. */
  const rewardsByStation = perVariant((first: number) =>
    firstPerKey<RewardRow>(db, {
      entity: Reward,
      table: 'rewards',
      keyColumn: 'station_id',
      orderBy: { column: 'id', property: 'id', direction: 'ASC' },
      keyOf: (r) => r.stationId!,
      limit: first,
      filter: { sql: 'active = :active', params: { active: true } },
    }),
  );

  const communityById = rowLoader(
    (ids: readonly string[]) => em.find(Community, { where: { id: In([...ids]) } }),
    (c) => c.id,
  );

  /** The newest `first` roles of each worker, current and ended. */
  const rolesByWorker = perVariant((first: number) =>
    firstPerKey<VolunteerRoleRow>(db, {
      entity: VolunteerRole,
      table: 'volunteer_roles',
      keyColumn: 'worker_id',
      orderBy: { column: 'since', property: 'since', direction: 'DESC' },
      keyOf: (r) => r.workerId,
      limit: first,
    }),
  );

  /** Each worker's first `first` gate passes, latest expiry first; only those valid now when asked. */
  const gatePassesByWorker = perVariant((variant: { validOnly: boolean; first: number }) =>
    firstPerKey<GatePassRow>(db, {
      entity: GatePass,
      table: 'gate_passes',
      keyColumn: 'worker_id',
      orderBy: { column: 'expires_at', property: 'expiresAt', direction: 'DESC' },
      keyOf: (g) => g.workerId,
      limit: variant.first,
      filter: variant.validOnly ? { sql: 'expires_at > :now', params: { now: new Date() } } : undefined,
    }),
  );

  /** The newest `first` redemptions of each worker, optionally of one status. */
  const redemptionsByWorker = perVariant((variant: { status: RedemptionStatus | null; first: number }) =>
    firstPerKey<RedemptionRow>(db, {
      entity: Redemption,
      table: 'redemptions',
      keyColumn: 'worker_id',
      orderBy: { column: 'redeemed_at', property: 'redeemedAt', direction: 'DESC' },
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
    now,
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
 * A loader of the first `limit` rows per key in a given order. A window function ranks rows
 * within each key, so one statement serves any number of keys and no key's rows crowd out
 * another's.
 */
function firstPerKey<T extends ObjectLiteral>(
  db: Database,
  opts: {
    entity: EntitySchema<T>;
    table: string;
    keyColumn: string;
    /** By this column, then by id (UUIDv7, time-ordered) in the same direction to break ties. */
    orderBy: { column: string; property: string; direction: 'ASC' | 'DESC' };
    keyOf: (row: T) => string;
    limit: number;
    filter?: { sql: string; params: Record<string, unknown> };
  },
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    if (opts.limit > 0) {
      const { column, property, direction } = opts.orderBy;
      const where = `${opts.keyColumn} IN (:...keys)${opts.filter ? ` AND ${opts.filter.sql}` : ''}`;
      const order = column === 'id' ? `id ${direction}` : `${column} ${direction}, id ${direction}`;
      const qb = db.manager
        .createQueryBuilder(opts.entity, 'x')
        .where(
          `x.id IN (SELECT ranked.id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY ${opts.keyColumn} ORDER BY ${order}) AS rn FROM ${opts.table} WHERE ${where}) ranked WHERE ranked.rn <= :limit)`,
          { keys: [...keys], limit: opts.limit, ...opts.filter?.params },
        )
        .orderBy(`x.${property}`, direction);
      if (column !== 'id') qb.addOrderBy('x.id', direction);
      for (const row of await qb.getMany()) groups.get(opts.keyOf(row))?.push(row);
    }
    return keys.map((k) => groups.get(k)!);
  });
}
