import type { QueryResolvers } from '../generated/resolvers';
import { findCourses } from '../queries/catalogue';
import { verifyCertificate } from '../queries/certificate';
import { listRequests, pageRequests } from '../queries/course-requests';
import { subsidyReconciliation } from '../queries/subsidy-reconciliation';
import { settings } from '../settings';

/** Public reads: the catalogue, demand counts and certificate checks. */
export const Query: QueryResolvers = {
  course: (_parent, args, ctx) => ctx.loaders.course.load(args.id),
  courses(_parent, args, ctx) {
    // Which courses are RUNNING or COMPLETED follows the clock.
    if (args.filter?.status) ctx.cache.noStore();
    return findCourses(ctx.db, args, ctx.now);
  },
  courseRequests: (_parent, args, ctx) => listRequests(ctx.db, args, settings.courseRequestThreshold),
  courseRequestsPage: (_parent, args, ctx) => pageRequests(ctx.db, args, settings.courseRequestThreshold),
  subsidyReconciliation: (_parent, args, ctx) => subsidyReconciliation(ctx.db, ctx.principal, args),
  certificate: (_parent, args, ctx) => verifyCertificate(ctx.db, args.number),
};
