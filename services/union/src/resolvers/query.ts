import { forbidden, pageSize, readAuditLog, type Database, type Principal, type SubgraphContext } from '@nef/kit';
import { isUnionStaff } from '../domain/access';
import { BRANCH_LEVELS, requireDistrictCode } from '../domain/validation';
import { PlatformAccountEntity, PlatformEntity, UnionBranchEntity, type UnionBranchRow, type WorkerRow } from '../entities';
import type { Loaders } from '../loaders';
import { phones } from '../phones';
import { caseWorkerScope, listCases, requireCaseReadable } from '../queries/cases';
import { listConsultations, requireConsultationReadable } from '../queries/consultations';
import { listWorkers, type WorkerFilter } from '../queries/workers';
import { visibleWorker } from './visibility';

type Ctx = SubgraphContext<Loaders>;

export const Query = {
  unionAuditLog: (_: unknown, args: Parameters<typeof readAuditLog>[2], ctx: { db: Database; principal: Principal }) =>
    readAuditLog(ctx.db, ctx.principal, args),

  worker: (_: unknown, args: { id: string }, ctx: Ctx) => visibleWorker(ctx, args.id, { hideMissing: true }),

  async workerByPlatformAccount(_: unknown, args: { platform: string; externalId: string }, ctx: Ctx): Promise<WorkerRow | null> {
    const p = ctx.principal;
    if (p.role === 'partner') {
      if (args.platform !== p.platform) throw forbidden(`partners may look up accounts only on their own platform (${p.platform})`);
    } else if (!isUnionStaff(p)) {
      throw forbidden('only partners, union operators and admins may look up workers by platform account');
    }
    const account = await ctx.db.manager.findOne(PlatformAccountEntity, {
      where: { platformCode: args.platform, externalId: args.externalId },
    });
    return account ? ctx.loaders.workerById.load(account.workerId) : null;
  },

  actingWorker(_: unknown, __: unknown, ctx: Ctx): Promise<WorkerRow | null> | null {
    const p = ctx.principal;
    return p.role === 'partner' && p.workerId ? visibleWorker(ctx, p.workerId) : null;
  },

  async platforms(_: unknown, args: { first?: number | null }, ctx: Ctx) {
    const first = pageSize(args.first, 100);
    if (first === 0) return [];
    return ctx.db.manager.find(PlatformEntity, { order: { code: 'ASC' }, take: first });
  },

  workers: (_: unknown, args: { filter?: WorkerFilter | null; first?: number | null; after?: string | null }, ctx: Ctx) =>
    listWorkers(ctx.db, phones, ctx.principal, args),

  consultations: (_: unknown, args: { platform?: string | null; first?: number | null }, ctx: Ctx) =>
    listConsultations(ctx.db, ctx.principal, args.platform, args.first),

  async consultation(_: unknown, args: { id: string }, ctx: Ctx) {
    return requireConsultationReadable(ctx.principal, await ctx.loaders.consultationById.load(args.id));
  },

  async assistanceCases(_: unknown, args: { status?: string | null; first?: number | null }, ctx: Ctx) {
    const workerId = caseWorkerScope(ctx.principal);
    if (workerId != null) await visibleWorker(ctx, workerId, { hideMissing: true });
    return listCases(ctx.db, workerId, args.status, args.first);
  },

  async assistanceCase(_: unknown, args: { id: string }, ctx: Ctx) {
    const row = requireCaseReadable(ctx.principal, await ctx.loaders.caseById.load(args.id));
    if (row && !isUnionStaff(ctx.principal)) await visibleWorker(ctx, row.workerId, { hideMissing: true });
    return row;
  },

  /**
   * Branches by level (city first), then district (city-wide ones first), name and id. Sorted in
   * SQL so `first` cuts the same list on both engines: their collation is binary on both, so
   * names compare by code point alike.
   */
  async unionBranches(
    _: unknown,
    args: { district?: string | null; level?: string | null; first?: number | null },
    ctx: Ctx,
  ): Promise<UnionBranchRow[]> {
    const first = pageSize(args.first, 100);
    const qb = ctx.db.manager.createQueryBuilder(UnionBranchEntity, 'b');
    if (args.district != null) qb.andWhere('b.district_code = :district', { district: requireDistrictCode(args.district, 'district') });
    if (args.level != null) qb.andWhere('b.level = :level', { level: args.level });
    if (first === 0) return [];
    const rank = `CASE b.level ${BRANCH_LEVELS.map((level, i) => `WHEN '${level}' THEN ${i}`).join(' ')} ELSE ${BRANCH_LEVELS.length} END`;
    // NULL (a city-wide branch) sorts first on both engines, as it did when sorted in code.
    return qb.orderBy(rank, 'ASC').addOrderBy('b.district_code', 'ASC').addOrderBy('b.name', 'ASC').addOrderBy('b.id', 'ASC').limit(first).getMany();
  },
};
