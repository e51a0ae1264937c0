import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { firstPerKeyLoader, perArgs, periodKey, rowLoader, valueLoader, type Database, type MetricsPeriod, type ScopeRegion } from '@nef/kit';
import {
  Community,
  GateEntry,
  GatePass,
  GatePassRequest,
  PointsAccount,
  PointsEntry,
  Redemption,
  Report,
  ReportPhoto,
  ReportUpdate,
  Reward,
  VolunteerRole,
  type CommunityRow,
  type GateEntryRow,
  type GatePassRequestRow,
  type GatePassRow,
  type PointsEntryRow,
  type RedemptionRow,
  type ReportRow,
  type ReportPhotoRow,
  type ReportUpdateRow,
  type RewardRow,
  type VolunteerRoleRow,
} from '../entities';
import { VALID_PASS_SQL } from '../rules/gate-pass';
import type { GatePassRequestStatus } from '../rules/gate-registration';
import { duplicateSearchSql, isPossibleDuplicate } from '../rules/possible-duplicates';
import { OPEN_STATUSES, type RedemptionStatus, type ReportStatus } from '../rules/vocabulary';
import type { After, Keyset } from '../rules/keyset';
import { districtMetrics, type GovernanceMetrics } from './district-metrics';
import { pagePerKeyLoader } from './pages';
import { regionFigures } from './region-metrics';

/** The orders of the lists that hang off a worker or a station, for their cursors. */
export const ORDERS = {
  pointsHistory: { column: 'created_at', property: 'createdAt', direction: 'DESC' },
  reportsByReporter: { column: 'submitted_at', property: 'submittedAt', direction: 'DESC' },
  rolesByWorker: { column: 'since', property: 'since', direction: 'DESC' },
  gatePassesByWorker: { column: 'expires_at', property: 'expiresAt', direction: 'DESC' },
  redemptionsByWorker: { column: 'redeemed_at', property: 'redeemedAt', direction: 'DESC' },
  rewardsByStation: { column: 'id', property: 'id', direction: 'ASC' },
  requestsByCommunity: { column: 'submitted_at', property: 'submittedAt', direction: 'ASC' },
  requestsByWorker: { column: 'submitted_at', property: 'submittedAt', direction: 'DESC' },
  entryLog: { column: 'checked_at', property: 'checkedAt', direction: 'DESC' },
} satisfies Record<string, Keyset>;

/** A page's arguments: its size, and where the previous page stopped. */
export interface PageArgs {
  first: number;
  after: After | undefined;
}

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

  /** Each report's stored public history, in order. */
  const historyByReport = new DataLoader<string, ReportUpdateRow[]>(async (ids) => {
    const rows = await em.find(ReportUpdate, { where: { reportId: In([...ids]) }, order: { reportId: 'ASC', seq: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.reportId === id));
  });

  /** Each report's uploaded photos, in the order submitted (UUIDv7 ids of one worker's uploads). */
  const photosByReport = new DataLoader<string, ReportPhotoRow[]>(async (ids) => {
    const rows = await em.find(ReportPhoto, { where: { reportId: In([...ids]) }, order: { uploadedAt: 'ASC', id: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.reportId === id));
  });

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

  /** Pages of each worker's ledger, newest first. */
  const pointsHistoryPage = perArgs((args: PageArgs) =>
    pagePerKeyLoader<PointsEntryRow>(db, { entity: PointsEntry, table: 'points_entries', keyColumn: 'worker_id', order: ORDERS.pointsHistory, keyOf: (e) => e.workerId, ...args }),
  );

  /** Pages of each reporter's reports, newest first, optionally of one status. */
  const reportsPage = perArgs((args: PageArgs & { status: ReportStatus | null }) =>
    pagePerKeyLoader<ReportRow>(db, {
      entity: Report,
      table: 'reports',
      keyColumn: 'reporter_id',
      order: ORDERS.reportsByReporter,
      keyOf: (r) => r.reporterId,
      first: args.first,
      after: args.after,
      filter: args.status ? { sql: 'status = :status', params: { status: args.status } } : undefined,
    }),
  );

  /** Pages of each worker's roles, newest first. */
  const rolesPage = perArgs((args: PageArgs) =>
    pagePerKeyLoader<VolunteerRoleRow>(db, { entity: VolunteerRole, table: 'volunteer_roles', keyColumn: 'worker_id', order: ORDERS.rolesByWorker, keyOf: (r) => r.workerId, ...args }),
  );

  /** Pages of each worker's passes, latest expiry first; only those valid now when asked. */
  const gatePassesPage = perArgs((args: PageArgs & { validOnly: boolean }) =>
    pagePerKeyLoader<GatePassRow>(db, {
      entity: GatePass,
      table: 'gate_passes',
      keyColumn: 'worker_id',
      order: ORDERS.gatePassesByWorker,
      keyOf: (g) => g.workerId,
      first: args.first,
      after: args.after,
      filter: args.validOnly ? { sql: VALID_PASS_SQL, params: { now } } : undefined,
    }),
  );

  /** Pages of each worker's vouchers, newest first, optionally of one status. */
  const redemptionsPage = perArgs((args: PageArgs & { status: RedemptionStatus | null }) =>
    pagePerKeyLoader<RedemptionRow>(db, {
      entity: Redemption,
      table: 'redemptions',
      keyColumn: 'worker_id',
      order: ORDERS.redemptionsByWorker,
      keyOf: (r) => r.workerId,
      first: args.first,
      after: args.after,
      filter: args.status ? { sql: 'status = :status', params: { status: args.status } } : undefined,
    }),
  );

  /** Pages of each station's active rewards, oldest first. */
  const rewardsPage = perArgs((args: PageArgs) =>
    pagePerKeyLoader<RewardRow>(db, {
      entity: Reward,
      table: 'rewards',
      keyColumn: 'station_id',
      order: ORDERS.rewardsByStation,
      keyOf: (r) => r.stationId!,
      ...args,
      filter: { sql: 'active = :active', params: { active: true } },
    }),
  );

  const gatePassById = rowLoader<string, GatePassRow>(
    (ids) => em.find(GatePass, { where: { id: In([...ids]) } }),
    (g) => g.id,
  );

  /** Pages of each community's registrations, oldest first, optionally of one status. */
  const requestsByCommunityPage = perArgs((args: PageArgs & { status: GatePassRequestStatus | null }) =>
    pagePerKeyLoader<GatePassRequestRow>(db, {
      entity: GatePassRequest,
      table: 'gate_pass_requests',
      keyColumn: 'community_id',
      order: ORDERS.requestsByCommunity,
      keyOf: (r) => r.communityId,
      first: args.first,
      after: args.after,
      filter: args.status ? { sql: 'status = :status', params: { status: args.status } } : undefined,
    }),
  );

  /** Pages of each worker's registrations, newest first. */
  const requestsByWorkerPage = perArgs((args: PageArgs) =>
    pagePerKeyLoader<GatePassRequestRow>(db, {
      entity: GatePassRequest,
      table: 'gate_pass_requests',
      keyColumn: 'worker_id',
      order: ORDERS.requestsByWorker,
      keyOf: (r) => r.workerId,
      ...args,
    }),
  );

  /** Pages of each community's entry log, newest first, optionally since an instant. */
  const entryLogPage = perArgs((args: PageArgs & { since: Date | null }) =>
    pagePerKeyLoader<GateEntryRow>(db, {
      entity: GateEntry,
      table: 'gate_entries',
      keyColumn: 'community_id',
      order: ORDERS.entryLog,
      keyOf: (e) => e.communityId,
      first: args.first,
      after: args.after,
      filter: args.since ? { sql: 'checked_at >= :since', params: { since: args.since } } : undefined,
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

  /** Metrics of every region asked for in one request, per period (keyed by region code), in a fixed number of statements. */
  const regionMetrics = perArgs(
    (period: MetricsPeriod) =>
      new DataLoader<ScopeRegion, GovernanceMetrics, string>(
        async (regions) => {
          const byCode = await regionFigures(db, regions, period);
          return regions.map((r) => byCode.get(r.code)!);
        },
        { cacheKeyFn: (r) => r.code },
      ),
    periodKey,
  );

  return {
    reportById,
    historyByReport,
    photosByReport,
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
    pointsHistoryPage,
    reportsPage,
    rolesPage,
    gatePassesPage,
    redemptionsPage,
    rewardsPage,
    gatePassById,
    requestsByCommunityPage,
    requestsByWorkerPage,
    entryLogPage,
    governanceMetrics,
    regionMetrics,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
