import { targetWorker, type SubgraphContext } from '@nef/kit';
import { fileReport } from '../domain/reports';
import { validateSubmission, type SubmitReportInput } from '../domain/submission';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

export const Mutation = {
  async submitReport(_: unknown, args: { input: SubmitReportInput; workerId?: string | null }, ctx: Ctx) {
    const p = ctx.principal;
    const workerId = targetWorker(p, 'governance', args.workerId);
    const submission = validateSubmission(args.input);
    return fileReport(ctx.db, { workerId, platform: p.role === 'partner' ? (p.platform ?? null) : null }, submission);
  },
};
