import type { SubgraphContext } from '@nef/kit';
import { createPlatform, createUnionBranch, type UnionBranchInput } from '../commands/catalogue';
import { joinUnion, type JoinUnionArgs } from '../commands/join-union';
import { registerWorker, type RegisterWorkerInput } from '../commands/register-worker';
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

  joinUnion: (_: unknown, args: JoinUnionArgs, ctx: Ctx) => joinUnion(ctx.db, ctx.principal, args),
};
