import type { EnrollmentResolvers } from '../generated/resolvers';
import { verificationUrl } from '../rules/certificate';
import { payableCents } from '../rules/subsidy';
import { settings } from '../settings';

export const Enrollment: EnrollmentResolvers = {
  // An enrolment is written with its course, and courses are never deleted.
  course: async (e, _args, ctx) => (await ctx.loaders.course.load(e.courseId))!,
  worker: (e) => ({ __typename: 'Worker', id: e.workerId }),
  attendedSessions: (e, _args, ctx) => ctx.loaders.attendedSessions.load(e.id),
  certificateUrl: (e) => verificationUrl(settings.publicUrl, e.certificateNo),
  certificateRevokedAt: (e) => e.certificateRevokedAt ?? null,
  priceCents: (e) => e.priceCents ?? null,
  subsidyCents: (e) => (e.priceCents == null ? null : (e.subsidyCents ?? 0)),
  payableCents: (e) => (e.priceCents == null ? null : payableCents(e.priceCents, e.subsidyCents ?? 0)),
  subsidyStatus: (e) => (e.priceCents == null ? null : (e.subsidyStatus ?? null)),
};
