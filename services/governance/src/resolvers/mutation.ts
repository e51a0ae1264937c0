import { canManage, forbidden, requireManager, stationsLookup, targetWorker, type Principal } from '@nef/kit';
import { adjustPoints } from '../commands/adjust-points';
import { assignVolunteerRole } from '../commands/assign-volunteer-role';
import { cancelRedemption } from '../commands/cancel-redemption';
import { confirmParticipation } from '../commands/confirm-participation';
import { createCommunity } from '../commands/create-community';
import { createReward } from '../commands/create-reward';
import { checkGatePass } from '../commands/check-gate-pass';
import { createVolunteerActivity } from '../commands/create-volunteer-activity';
import { decideGatePassRequest } from '../commands/decide-gate-pass-request';
import { dispatchReport } from '../commands/dispatch-report';
import { endVolunteerRole } from '../commands/end-volunteer-role';
import { issueGatePass } from '../commands/issue-gate-pass';
import { joinVolunteerActivity } from '../commands/join-volunteer-activity';
import { postReportUpdate } from '../commands/post-report-update';
import { redeemReward } from '../commands/redeem-reward';
import { resolveReport } from '../commands/resolve-report';
import { requestGatePass } from '../commands/request-gate-pass';
import { reviewReport } from '../commands/review-report';
import { revokeGatePass } from '../commands/revoke-gate-pass';
import { setRewardActive } from '../commands/set-reward-active';
import { submitReport } from '../commands/submit-report';
import { uploadReportPhoto } from '../commands/upload-report-photo';
import { useRedemption } from '../commands/use-redemption';
import type { MutationResolvers } from '../generated/resolvers';
import { requireHolderName, requirePlatformCode } from '../rules/gate-registration';
import { requireId } from '../rules/ids';
import { validateSubmission } from '../rules/report-submission';
import { settings } from '../settings';

/** The worker a mutation acts on (see targetWorker), checked to be an id. */
const workerFor = (p: Principal, workerId: string | null | undefined) => requireId('workerId', targetWorker(p, 'governance', workerId));

export const Mutation: MutationResolvers = {
  submitReport(_, args, ctx) {
    const p = ctx.principal;
    const workerId = targetWorker(p, 'governance', args.workerId);
    const submission = validateSubmission(args.input);
    return submitReport(ctx.db, { workerId, platform: p.role === 'partner' ? (p.platform ?? null) : null }, submission, ctx.now);
  },

  uploadReportPhoto: (_, args, ctx) =>
    uploadReportPhoto(ctx.db, { workerId: workerFor(ctx.principal, args.workerId), contentBase64: args.contentBase64 }, ctx.now),

  reviewReport: (_, args, ctx) => reviewReport(ctx.db, ctx.principal, args, ctx.now),

  dispatchReport: (_, args, ctx) => dispatchReport(ctx.db, ctx.principal, args, ctx.now),

  resolveReport: (_, args, ctx) => resolveReport(ctx.db, ctx.principal, args, ctx.now),

  postReportUpdate: (_, args, ctx) => postReportUpdate(ctx.db, ctx.principal, args, ctx.now),

  createReward: (_, args, ctx) => createReward(ctx.db, ctx.principal, args.input, ctx.now, stationsLookup(settings().stationsPeer, 'governance')),

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

  /** A partner registers its acting worker with its own platform; operators and admins name the worker and may name a platform. */
  requestGatePass(_, args, ctx) {
    const p = ctx.principal;
    const workerId = workerFor(p, args.workerId);
    const holderName = requireHolderName(args.holderName);
    let platform: string | null;
    if (p.role === 'partner') {
      if (args.platform != null && requirePlatformCode(args.platform) !== p.platform) {
        throw forbidden('a partner registers workers through its own platform only: leave platform out');
      }
      platform = p.platform ?? null;
    } else {
      platform = args.platform != null ? requirePlatformCode(args.platform) : null;
    }
    return requestGatePass(ctx.db, { communityId: args.communityId, workerId, holderName, platform }, ctx.now);
  },

  decideGatePassRequest: (_, args, ctx) => decideGatePassRequest(ctx.db, ctx.principal, args, ctx.now),

  revokeGatePass: (_, args, ctx) => revokeGatePass(ctx.db, ctx.principal, args, ctx.now),

  checkGatePass: (_, args, ctx) => checkGatePass(ctx.db, ctx.principal, args, ctx.now),

  createVolunteerActivity: (_, args, ctx) => createVolunteerActivity(ctx.db, ctx.principal, args.input, ctx.now),

  joinVolunteerActivity: (_, args, ctx) => joinVolunteerActivity(ctx.db, args.activityId, workerFor(ctx.principal, args.workerId), ctx.now),

  confirmParticipation: (_, args, ctx) => confirmParticipation(ctx.db, ctx.principal, args.activityId, requireId('workerId', args.workerId), ctx.now),
};
