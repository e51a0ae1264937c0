import { badUserInput, canManage, forbidden, newId, notFound, requireManager, targetWorker, type Principal, type SubgraphContext } from '@nef/kit';
import { Reward, type RewardRow } from '../entities';
import { requireGovernance } from '../domain/access';
import { issuePass } from '../domain/gate';
import { appendEntry } from '../domain/ledger';
import { fileReport } from '../domain/reports';
import { changeReport, dispatchChange, resolveChange, reviewChange } from '../domain/review';
import { cancelVoucher, redeem, useVoucher, validateReward, type RewardInput } from '../domain/rewards';
import { validateSubmission, type SubmitReportInput } from '../domain/submission';
import { id, text } from '../domain/text';
import {
  assignRole,
  confirmParticipation,
  createActivity,
  createCommunity,
  endRole,
  joinActivity,
  type ActivityInput,
  type CommunityInput,
} from '../domain/volunteering';
import type { ReviewDecision, RoleKind } from '../domain/vocabulary';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

/** The worker a mutation acts on (see targetWorker), checked to be an id. */
const workerFor = (p: Principal, workerId: string | null | undefined) => id(targetWorker(p, 'governance', workerId), 'workerId');

export const MAX_ADJUSTMENT = 100_000;

export const Mutation = {
  async submitReport(_: unknown, args: { input: SubmitReportInput; workerId?: string | null }, ctx: Ctx) {
    const p = ctx.principal;
    const workerId = targetWorker(p, 'governance', args.workerId);
    const submission = validateSubmission(args.input);
    return fileReport(ctx.db, { workerId, platform: p.role === 'partner' ? (p.platform ?? null) : null }, submission);
  },

  reviewReport(_: unknown, args: { id: string; decision: ReviewDecision; duplicateOfId?: string | null; note?: string | null }, ctx: Ctx) {
    return changeReport(ctx.db, ctx.principal, args.id, reviewChange(args.decision, args.duplicateOfId, args.note, args.id));
  },

  dispatchReport: (_: unknown, args: { id: string; externalRef: string }, ctx: Ctx) =>
    changeReport(ctx.db, ctx.principal, args.id, dispatchChange(args.externalRef)),

  resolveReport: (_: unknown, args: { id: string; note: string }, ctx: Ctx) =>
    changeReport(ctx.db, ctx.principal, args.id, resolveChange(args.note)),

  async createReward(_: unknown, args: { input: RewardInput }, ctx: Ctx) {
    const fields = validateReward(args.input);
    requireGovernance(ctx.principal, fields.districtCode);
    const row: RewardRow = { id: newId(), ...fields, active: true, createdAt: new Date() };
    await ctx.db.transaction((em) => em.insert(Reward, { ...row }));
    return row;
  },

  async setRewardActive(_: unknown, args: { id: string; active: boolean }, ctx: Ctx) {
    return ctx.db.transaction(async (em) => {
      const reward = await em.findOne(Reward, { where: { id: args.id } });
      if (!reward) throw notFound(`no reward with id ${args.id}`);
      requireGovernance(ctx.principal, reward.districtCode);
      await em.update(Reward, { id: reward.id }, { active: args.active });
      return { ...reward, active: args.active };
    });
  },

  redeemReward: (_: unknown, args: { rewardId: string; workerId?: string | null; idempotencyKey: string }, ctx: Ctx) =>
    redeem(ctx.db, { rewardId: args.rewardId, workerId: workerFor(ctx.principal, args.workerId), idempotencyKey: args.idempotencyKey }),

  useRedemption: (_: unknown, args: { voucherCode: string }, ctx: Ctx) => {
    if (!canManage(ctx.principal, 'governance')) {
      throw forbidden('vouchers are marked used by governance operators and admins');
    }
    return useVoucher(ctx.db, ctx.principal, args.voucherCode.trim().toUpperCase());
  },

  cancelRedemption: (_: unknown, args: { id: string }, ctx: Ctx) => cancelVoucher(ctx.db, ctx.principal, args.id),

  /** A manual correction (a refund outside the rules, a mistaken award): admins and governance operators. */
  async adjustPoints(_: unknown, args: { workerId: string; delta: number; note: string }, ctx: Ctx) {
    requireManager(ctx.principal, 'governance');
    const workerId = id(args.workerId, 'workerId');
    if (!Number.isInteger(args.delta) || args.delta === 0 || Math.abs(args.delta) > MAX_ADJUSTMENT) {
      throw badUserInput(`delta must be a non-zero whole number from -${MAX_ADJUSTMENT} to ${MAX_ADJUSTMENT}, got ${args.delta}`, { field: 'delta' });
    }
    const note = text(args.note, 'note', 1, 500);
    const { entry } = await ctx.db.transaction((em) =>
      appendEntry(em, ctx.db, { workerId, delta: args.delta, reason: 'ADJUSTMENT', note }),
    );
    return entry;
  },

  createCommunity: (_: unknown, args: { input: CommunityInput }, ctx: Ctx) => createCommunity(ctx.db, ctx.principal, args.input),

  assignVolunteerRole: (_: unknown, args: { workerId: string; communityId: string; role: RoleKind }, ctx: Ctx) =>
    assignRole(ctx.db, ctx.principal, args),

  endVolunteerRole: (_: unknown, args: { id: string }, ctx: Ctx) => endRole(ctx.db, ctx.principal, args.id),

  issueGatePass: (_: unknown, args: { communityId: string; workerId?: string | null }, ctx: Ctx) =>
    issuePass(ctx.db, args.communityId, workerFor(ctx.principal, args.workerId)),

  createVolunteerActivity: (_: unknown, args: { input: ActivityInput }, ctx: Ctx) => createActivity(ctx.db, ctx.principal, args.input),

  joinVolunteerActivity: (_: unknown, args: { activityId: string; workerId?: string | null }, ctx: Ctx) =>
    joinActivity(ctx.db, args.activityId, workerFor(ctx.principal, args.workerId)),

  confirmParticipation: (_: unknown, args: { activityId: string; workerId: string }, ctx: Ctx) =>
    confirmParticipation(ctx.db, ctx.principal, args.activityId, id(args.workerId, 'workerId')),
};
