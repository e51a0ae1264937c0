import type { MutationResolvers } from '../generated/resolvers';
import { createPlatform } from '../commands/create-platform';
import { createUnionBranch } from '../commands/create-union-branch';
import { joinUnion } from '../commands/join-union';
import { lapseMembership } from '../commands/lapse-membership';
import { linkPlatformAccount } from '../commands/link-platform-account';
import { openAssistanceCase } from '../commands/open-assistance-case';
import { recordConsultation } from '../commands/record-consultation';
import { registerWorker } from '../commands/register-worker';
import { updateAssistanceCase } from '../commands/update-assistance-case';
import { updateMeasureStatus } from '../commands/update-measure-status';
import { withdrawMembership } from '../commands/withdraw-membership';
import { confirmWorkerConsent } from '../commands/confirm-worker-consent';
import { requestWorkerConsent } from '../commands/request-worker-consent';
import { requestAccountClosure } from '../commands/request-account-closure';
import { revokeConsent } from '../commands/revoke-consent';
import { phones, sms } from '../settings';

export const Mutation: MutationResolvers = {
  createPlatform: (_parent, args, ctx) => createPlatform(ctx.db, ctx.principal, args.code, args.name, ctx.now),

  createUnionBranch: (_parent, args, ctx) => createUnionBranch(ctx.db, ctx.principal, args.input),

  registerWorker: (_parent, args, ctx) => registerWorker(ctx.db, phones, ctx.principal, args.input, ctx.now),

  linkPlatformAccount: (_parent, args, ctx) => linkPlatformAccount(ctx.db, phones, ctx.principal, args, ctx.now),

  joinUnion: (_parent, args, ctx) => joinUnion(ctx.db, ctx.principal, args, ctx.now),

  withdrawMembership: (_parent, args, ctx) => withdrawMembership(ctx.db, ctx.principal, args.workerId, args.reason, ctx.now),

  lapseMembership: (_parent, args, ctx) => lapseMembership(ctx.db, ctx.principal, args.workerId, args.reason, ctx.now),

  recordConsultation: (_parent, args, ctx) => recordConsultation(ctx.db, ctx.principal, args.input, ctx.now),

  updateMeasureStatus: (_parent, args, ctx) => updateMeasureStatus(ctx.db, ctx.principal, args.id, args.status, ctx.now),

  openAssistanceCase: (_parent, args, ctx) => openAssistanceCase(ctx.db, ctx.principal, args, ctx.now),

  updateAssistanceCase: (_parent, args, ctx) => updateAssistanceCase(ctx.db, ctx.principal, args.id, args.status, ctx.now),

  requestWorkerConsent: (_parent, args, ctx) => requestWorkerConsent(ctx.db, phones, sms.sender, ctx.principal, args.input, args.scopes, ctx.now, ctx.log),

  confirmWorkerConsent: (_parent, args, ctx) => confirmWorkerConsent(ctx.db, phones, ctx.principal, args.challengeId, args.code, ctx.now),

  revokeConsent: (_parent, args, ctx) => revokeConsent(ctx.db, ctx.principal, args, ctx.now),
  requestAccountClosure: (_parent, _args, ctx) => requestAccountClosure(ctx.db, phones, sms.sender, ctx.principal, ctx.now, ctx.log),
};
