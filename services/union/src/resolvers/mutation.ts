import type { SubgraphContext } from '@nef/kit';
import { openAssistanceCase, updateAssistanceCase } from '../commands/assistance';
import { createPlatform, createUnionBranch, type UnionBranchInput } from '../commands/catalogue';
import { recordConsultation, updateMeasureStatus, type ConsultationInput } from '../commands/consultations';
import { linkPlatformAccount, type LinkAccountArgs } from '../commands/link-account';
import { joinUnion, lapseMembership, withdrawMembership, type JoinUnionArgs } from '../commands/membership';
import { registerWorker, type RegisterWorkerInput } from '../commands/register-worker';
import type { CaseStatus, MeasureStatus } from '../domain/status-rules';
import type { Loaders } from '../loaders';
import { phones } from '../phones';

type Ctx = SubgraphContext<Loaders>;

export const Mutation = {
  createPlatform: (_: unknown, args: { code: string; name: string }, ctx: Ctx) =>
    createPlatform(ctx.db, ctx.principal, args.code, args.name),

  createUnionBranch: (_: unknown, args: { input: UnionBranchInput }, ctx: Ctx) =>
    createUnionBranch(ctx.db, ctx.principal, args.input),

  registerWorker: (_: unknown, args: { input: RegisterWorkerInput }, ctx: Ctx) =>
    registerWorker(ctx.db, phones, ctx.principal, args.input),

  linkPlatformAccount: (_: unknown, args: LinkAccountArgs, ctx: Ctx) => linkPlatformAccount(ctx.db, phones, ctx.principal, args),

  joinUnion: (_: unknown, args: JoinUnionArgs, ctx: Ctx) => joinUnion(ctx.db, ctx.principal, args),

  withdrawMembership: (_: unknown, args: { workerId: string; reason?: string | null }, ctx: Ctx) =>
    withdrawMembership(ctx.db, ctx.principal, args.workerId, args.reason),

  lapseMembership: (_: unknown, args: { workerId: string; reason: string }, ctx: Ctx) =>
    lapseMembership(ctx.db, ctx.principal, args.workerId, args.reason),

  recordConsultation: (_: unknown, args: { input: ConsultationInput }, ctx: Ctx) =>
    recordConsultation(ctx.db, ctx.principal, args.input),

  updateMeasureStatus: (_: unknown, args: { id: string; status: MeasureStatus }, ctx: Ctx) =>
    updateMeasureStatus(ctx.db, ctx.principal, args.id, args.status),

  openAssistanceCase: (_: unknown, args: { workerId?: string | null; kind: string; summary: string }, ctx: Ctx) =>
    openAssistanceCase(ctx.db, ctx.principal, args),

  updateAssistanceCase: (_: unknown, args: { id: string; status: CaseStatus }, ctx: Ctx) =>
    updateAssistanceCase(ctx.db, ctx.principal, args.id, args.status),
};
