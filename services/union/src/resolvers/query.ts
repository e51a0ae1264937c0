import { forbidden, readAuditLog } from '@nef/kit';
import type { QueryResolvers } from '../generated/resolvers';
import type { Ctx } from './context';
import { listCases, pageCases, type CaseScope } from '../queries/cases';
import { partnerViewOf } from '../queries/partner-view';
import { readSmsOutbox } from '../queries/sms-outbox';
import { listPlatforms, listUnionBranches, pagePlatforms, pageUnionBranches } from '../queries/catalogue';
import { listConsultations, pageConsultations } from '../queries/consultations';
import { visibleWorker } from '../queries/visible-worker';
import { listWorkers, workerIdByAccount } from '../queries/workers';
import { caseWorkerScope, requireCaseReadable } from '../rules/case-visibility';
import { requireConsultationReadable } from '../rules/consultation-visibility';
import { isUnionStaff } from '../rules/union-staff';
import { partnerSeesCase } from '../rules/union-records';
import { phones } from '../settings';

/** Whose cases the caller lists: union staff everyone's; a partner its acting worker's, as far as its view goes. */
async function caseScopeOf(ctx: Ctx): Promise<CaseScope> {
  const workerId = caseWorkerScope(ctx.principal);
  if (workerId == null) return { workerId: null };
  await visibleWorker(ctx.loaders, ctx.principal, workerId, { hideMissing: true });
  return { workerId, view: await partnerViewOf(ctx.loaders, ctx.principal, workerId) };
}

export const Query: QueryResolvers = {
  unionAuditLog: (_parent, args, ctx) => readAuditLog(ctx.db, ctx.principal, args),

  worker: (_parent, args, ctx) => visibleWorker(ctx.loaders, ctx.principal, args.id, { hideMissing: true }),

  async workerByPlatformAccount(_parent, args, ctx) {
    const p = ctx.principal;
    if (p.role === 'partner') {
      if (args.platform !== p.platform) throw forbidden(`partners may look up accounts only on their own platform (${p.platform})`);
    } else if (!isUnionStaff(p)) {
      throw forbidden('only partners, union operators and admins may look up workers by platform account');
    }
    const workerId = await workerIdByAccount(ctx.db, args.platform, args.externalId);
    return workerId ? ctx.loaders.workerById.load(workerId) : null;
  },

  actingWorker(_parent, _args, ctx) {
    const p = ctx.principal;
    return p.role === 'partner' && p.workerId ? visibleWorker(ctx.loaders, p, p.workerId) : null;
  },

  platforms: (_parent, args, ctx) => listPlatforms(ctx.db, args.first),

  smsOutbox: (_parent, args, ctx) => readSmsOutbox(ctx.db, phones, ctx.principal, args.phone, args.first),

  workers: (_parent, args, ctx) => listWorkers(ctx.db, phones, ctx.principal, args, ctx.audit),

  consultations: (_parent, args, ctx) => listConsultations(ctx.db, ctx.principal, args.platform, args.first),

  consultationsPage: (_parent, args, ctx) => pageConsultations(ctx.db, ctx.principal, args),

  async consultation(_parent, args, ctx) {
    return requireConsultationReadable(ctx.principal, await ctx.loaders.consultationById.load(args.id));
  },

  async assistanceCases(_parent, args, ctx) {
    return listCases(ctx.db, await caseScopeOf(ctx), args.status, args.first);
  },

  async assistanceCasesPage(_parent, args, ctx) {
    return pageCases(ctx.db, await caseScopeOf(ctx), args);
  },

  async assistanceCase(_parent, args, ctx) {
    const row = requireCaseReadable(ctx.principal, await ctx.loaders.caseById.load(args.id));
    if (row && !isUnionStaff(ctx.principal)) {
      await visibleWorker(ctx.loaders, ctx.principal, row.workerId, { hideMissing: true });
      const view = await partnerViewOf(ctx.loaders, ctx.principal, row.workerId);
      // Not made through this platform and not shared with it, or raised against it: as if missing.
      if (view && !partnerSeesCase(view, row)) requireCaseReadable(ctx.principal, null);
    }
    return row;
  },

  unionBranches: (_parent, args, ctx) => listUnionBranches(ctx.db, args),

  platformsPage: (_parent, args, ctx) => pagePlatforms(ctx.db, args),

  unionBranchesPage: (_parent, args, ctx) => pageUnionBranches(ctx.db, args),
};
