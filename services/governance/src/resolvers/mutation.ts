import { canManage, forbidden, requireManager, targetWorker, type Principal } from '@nef/kit';
import { adjustPoints } from '../commands/adjust-points';
import { assignVolunteerRole } from '../commands/assign-volunteer-role';
import { cancelRedemption } from '../commands/cancel-redemption';
import { confirmParticipation } from '../commands/confirm-participation';
import { createCommunity } from '../commands/create-community';
import { createReward } from '../commands/create-reward';
import { createVolunteerActivity } from '../commands/create-volunteer-activity';
import { dispatchReport } from '../commands/dispatch-report';
import { endVolunteerRole } from '../commands/end-volunteer-role';
import { issueGatePass } from '../commands/issue-gate-pass';
import { joinVolunteerActivity } from '../commands/join-volunteer-activity';
import { redeemReward } from '../commands/redeem-reward';
import { resolveReport } from '../commands/resolve-report';
import { reviewReport } from '../commands/review-report';
import { setRewardActive } from '../commands/set-reward-active';
import { submitReport } from '../commands/submit-report';
import { useRedemption } from '../commands/use-redemption';
import type { MutationResolvers } from '../generated/resolvers';
import { requireId } from '../rules/ids';
import { validateSubmission } from '../rules/report-submission';

/** The worker a mutation acts on (see targetWorker), checked to be an id. */
const workerFor = (p: Principal, workerId: string | null | undefined) => requireId('workerId', targetWorker(p, 'governance', workerId));

export const Mutation: MutationResolvers = {
  submitReport(_, args, ctx) {
    const p = ctx.principal;
    const workerId = targetWorker(p, 'governance', args.workerId);
    const submission = validateSubmission(args.input);
    return submitReport(ctx.db, { workerId, platform: p.role === 'partner' ? (p.platform ?? null) : null }, submission, ctx.now);
  },

  reviewReport: (_, args, ctx) => reviewReport(ctx.db, ctx.principal, args, ctx.now),

  dispatchReport: (_, args, ctx) => dispatchReport(ctx.db, ctx.principal, args, ctx.now),

  resolveReport: (_, args, ctx) => resolveReport(ctx.db, ctx.principal, args, ctx.now),

  createReward: (_, args, ctx) => createReward(ctx.db, ctx.principal, args.input, ctx.now),

  setRewardActive: (_, args, ctx) => setRewardActive(ctx.db, ctx.principal, args),

  redeemReward: (_, args, ctx) =>
    redeemReward(ctx.db, { rewardId: args.rewardId, workerId: workerFor(ctx.principal, args.workerId), idempotencyKey: args.idempotencyKey }, ctx.now),

  useRedemption(_, args, ctx) {
    if (!canManage(ctx.principal, 'governance')) {
      throw forbidden('vouchers are marked used by governance operators and admins');
    }
    return useRedemption(ctx.db, ctx.principal, args.voucherCode, ctx.now);
  },

  cancelRedemption: (_, args, ctx) => cancelRedemption(ctx.db, ctx.principal, args.id, ctx.now),

  /** A manual correction (a refund outside the rules, a mistaken award): admins and governance operators of any district. */
  adjustPoints(_, args, ctx) {
    requireManager(ctx.principal, 'governance');
    return adjustPoints(ctx.db, { workerId: requireId('workerId', args.workerId), delta: args.delta, note: args.note }, ctx.now);
  },

  createCommunity: (_, args, ctx) => createCommunity(ctx.db, ctx.principal, args.input, ctx.now),

  assignVolunteerRole: (_, args, ctx) => assignVolunteerRole(ctx.db, ctx.principal, args, ctx.now),

  endVolunteerRole: (_, args, ctx) => endVolunteerRole(ctx.db, ctx.principal, args.id, ctx.now),

  issueGatePass: (_, args, ctx) => issueGatePass(ctx.db, args.communityId, workerFor(ctx.principal, args.workerId), ctx.now),

  createVolunteerActivity: (_, args, ctx) => createVolunteerActivity(ctx.db, ctx.principal, args.input, ctx.now),

  joinVolunteerActivity: (_, args, ctx) => joinVolunteerActivity(ctx.db, args.activityId, workerFor(ctx.principal, args.workerId), ctx.now),

  confirmParticipation: (_, args, ctx) => confirmParticipation(ctx.db, ctx.principal, args.activityId, requireId('workerId', args.workerId), ctx.now),
};
