import { badUserInput, isId, stationsLookup, targetWorker } from '@nef/kit';
import { cancelCourse } from '../commands/cancel-course';
import { completeEnrollment } from '../commands/complete-enrollment';
import { createCourse } from '../commands/create-course';
import { dropEnrollment } from '../commands/drop-enrollment';
import { enroll } from '../commands/enroll';
import { openCourseFromRequest } from '../commands/open-course-from-request';
import { recordAttendance } from '../commands/record-attendance';
import { requestCourse } from '../commands/request-course';
import { revokeCertificate } from '../commands/revoke-certificate';
import { scheduleSession } from '../commands/schedule-session';
import type { MutationResolvers } from '../generated/resolvers';
import { unionMembershipLookup } from '../queries/union-membership';
import { settings } from '../settings';
import type { Ctx } from './context';

/** The worker a call acts for, which must look like a worker id of the union registry. */
function workerFor(ctx: Ctx, workerId: string | null | undefined): string {
  const id = targetWorker(ctx.principal, 'training', workerId);
  if (!isId(id)) throw badUserInput(`workerId must be a worker id (a UUID), got "${id}"`, { field: 'workerId' });
  return id;
}

/** The subsidy's settings as they stand: the union peer to ask and the yearly cap. */
const subsidy = () => ({ lookup: unionMembershipLookup(settings.unionPeer), capCents: settings.subsidyCapCents });

export const Mutation: MutationResolvers = {
  createCourse: (_parent, args, ctx) => createCourse(ctx.db, ctx.principal, args.input, ctx.now),
  scheduleSession: (_parent, args, ctx) => scheduleSession(ctx.db, ctx.principal, args.courseId, args.input, stationsLookup(settings.stationsPeer, 'training')),
  cancelCourse: (_parent, args, ctx) => cancelCourse(ctx.db, ctx.principal, args.id, ctx.now),
  enroll: (_parent, args, ctx) => enroll(ctx.db, args.courseId, workerFor(ctx, args.workerId), ctx.now, subsidy()),
  dropEnrollment: (_parent, args, ctx) => dropEnrollment(ctx.db, ctx.principal, args.id, ctx.now, settings.subsidyCapCents),
  recordAttendance: (_parent, args, ctx) => recordAttendance(ctx.db, ctx.principal, args.enrollmentId, args.sessionId, ctx.now),
  completeEnrollment: (_parent, args, ctx) => completeEnrollment(ctx.db, ctx.principal, args.id, args.holderName, ctx.now),
  revokeCertificate: (_parent, args, ctx) => revokeCertificate(ctx.db, ctx.principal, args.number, args.reason, ctx.now),
  openCourseFromRequest: (_parent, args, ctx) => openCourseFromRequest(ctx.db, ctx.principal, args.requestId, args.input, ctx.now, subsidy()),
  requestCourse: (_parent, args, ctx) => requestCourse(ctx.db, args, workerFor(ctx, args.workerId), settings.courseRequestThreshold, ctx.now),
};
