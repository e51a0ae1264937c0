import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { firstPerKeyLoader, perArgs, periodKey, rowLoader, valueLoader, type Database, type MetricsPeriod } from '@nef/kit';
import {
  Community,
  GatePass,
  PointsAccount,
  PointsEntry,
  Redemption,
  Report,
  Reward,
  VolunteerRole,
  type CommunityRow,
  type GatePassRow,
  type PointsEntryRow,
  type RedemptionRow,
  type ReportRow,
  type RewardRow,
  type VolunteerRoleRow,
} from '../entities';
import { VALID_PASS_SQL } from '../rules/gate-pass';
import { duplicateSearchSql, isPossibleDuplicate } from '../rules/possible-duplicates';
import { OPEN_STATUSES, type RedemptionStatus, type ReportStatus } from '../rules/vocabulary';
import { districtMetrics, type GovernanceMetrics } from './district-metrics';

/**
 * Every DataLoader of the service, created per request. `now` is the request's time: every
 * district asked for in one request without a period shares the same period, so they share one
 * metrics loader (one batch of statements), and "valid now" means the same for every pass.
 */
export function createLoaders(db: Database, now: Date) {
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
  const pointsHistory = perArgs((first: number) =>
    firstPerKeyLoader<PointsEntryRow>(db, {
      entity: PointsEntry,
      table: 'points_entries',
      keyColumn: 'worker_id',
      orderBy: { column: 'created_at', property: 'createdAt', direction: 'DESC' },
      keyOf: (e) => e.workerId,
      limit: first,
    }),
  );

  /** The newest `first` reports of each reporter, optionally of one status. */
  const reportsByReporter = perArgs((args: { status: ReportStatus | null; first: number }) =>
    firstPerKeyLoader<ReportRow>(db, {
      entity: Report,
      table: 'reports',
      keyColumn: 'reporter_id',
      orderBy: { column: 'submitted_at', property: 'submittedAt', direction: 'DESC' },
      keyOf: (r) => r.reporterId,
      limit: args.first,
      filter: args.status ? { sql: 'status = :status', params: { status: args.status } } : undefined,
    }),
  );

  /**
   * Open reports near each report, found with one statement for a whole page of reports; each
   * report's list (oldest first) is cut at `first` after that statement.
   */
  const possibleDuplicates = perArgs(
    (first: number) =>
      new DataLoader<ReportRow, ReportRow[], string>(
        async (reports) => {
          const qb = em.createQueryBuilder(Report, 'r').where('r.status IN (:...open)', { open: OPEN_STATUSES });
          const boxes = reports.map((report, i) => {
            const { sql, params } = duplicateSearchSql(report, i);
            qb.setParameters(params);
            return sql;
          });
          const candidates = await qb
            .andWhere(`(${boxes.join(' OR ')})`)
            .orderBy('r.submittedAt', 'ASC')
            .addOrderBy('r.id', 'ASC')
            .getMany();
          return reports.map((report) => candidates.filter((c) => isPossibleDuplicate(report, c)).slice(0, first));
        },
        { cacheKeyFn: (r) => r.id, maxBatchSize: 100 },
      ),
  );

  const rewardById = rowLoader<string, RewardRow>(
    (ids) => em.find(Reward, { where: { id: In([...ids]) } }),
    (r) => r.id,
  );

  /** The first `first` rewards offered at each station: active ones, oldest first. */
  const rewardsByStation = perArgs((first: number) =>
    firstPerKeyLoader<RewardRow>(db, {
      entity: Reward,
      table: 'rewards',
      keyColumn: 'station_id',
      orderBy: { column: 'id', property: 'id', direction: 'ASC' },
      keyOf: (r) => r.stationId!,
      limit: first,
      filter: { sql: 'active = :active', params: { active: true } },
    }),
  );

  const communityById = rowLoader<string, CommunityRow>(
    (ids) => em.find(Community, { where: { id: In([...ids]) } }),
    (c) => c.id,
  );

  /** The newest `first` roles of each worker, current and ended. */
  const rolesByWorker = perArgs((first: number) =>
    firstPerKeyLoader<VolunteerRoleRow>(db, {
      entity: VolunteerRole,
      table: 'volunteer_roles',
      keyColumn: 'worker_id',
      orderBy: { column: 'since', property: 'since', direction: 'DESC' },
      keyOf: (r) => r.workerId,
      limit: first,
    }),
  );

  /** Each worker's first `first` gate passes, latest expiry first; only those valid now when asked. */
  const gatePassesByWorker = perArgs((args: { validOnly: boolean; first: number }) =>
    firstPerKeyLoader<GatePassRow>(db, {
      entity: GatePass,
      table: 'gate_passes',
      keyColumn: 'worker_id',
      orderBy: { column: 'expires_at', property: 'expiresAt', direction: 'DESC' },
      keyOf: (g) => g.workerId,
      limit: args.first,
      filter: args.validOnly ? { sql: VALID_PASS_SQL, params: { now } } : undefined,
    }),
  );

  /** The newest `first` redemptions of each worker, optionally of one status. */
  const redemptionsByWorker = perArgs((args: { status: RedemptionStatus | null; first: number }) =>
    firstPerKeyLoader<RedemptionRow>(db, {
      entity: Redemption,
      table: 'redemptions',
      keyColumn: 'worker_id',
      orderBy: { column: 'redeemed_at', property: 'redeemedAt', direction: 'DESC' },
      keyOf: (r) => r.workerId,
      limit: args.first,
      filter: args.status ? { sql: 'status = :status', params: { status: args.status } } : undefined,
    }),
  );

  /** Metrics of every district asked for in one request, per period, in a fixed number of statements. */
  const governanceMetrics = perArgs(
    (period: MetricsPeriod) =>
      new DataLoader<string, GovernanceMetrics>(async (codes) => {
        const byCode = await districtMetrics(db, codes, period);
        return codes.map((c) => byCode.get(c)!);
      }),
    periodKey,
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
