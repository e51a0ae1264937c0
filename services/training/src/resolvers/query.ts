import { findCourses, type CourseFilter } from '../catalogue';
import { normaliseCertificateNumber, UNRECORDED_HOLDER } from '../domain/certificate';
import { Enrollment } from '../entities';
import { listRequests } from '../requests';
import { settings } from '../settings';
import type { Ctx, Resolvers } from './context';

/** Public reads: the catalogue, demand counts and certificate checks. */
export const Query: Resolvers[string] = {
  course: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.course.load(args.id),
  courses(_: unknown, args: { filter?: CourseFilter | null; first?: number | null; after?: string | null }, ctx: Ctx) {
    // Which courses are RUNNING or COMPLETED follows the clock.
    if (args.filter?.status) ctx.cache.noStore();
    return findCourses(ctx.db, args, ctx.loaders.now);
  },
  courseRequests: (_: unknown, args: { district?: string | null; open?: boolean | null; first?: number | null }, ctx: Ctx) =>
    listRequests(ctx.db, args, settings.courseRequestThreshold),
  /** Course, provider, date and masked name: nothing that would let a stranger find the holder. */
  async certificate(_: unknown, args: { number: string }, ctx: Ctx) {
    const number = normaliseCertificateNumber(args.number);
    if (!number || number.length > 32) return null;
    const enrollment = await ctx.db.manager.findOne(Enrollment, { where: { certificateNo: number } });
    if (!enrollment || enrollment.status !== 'COMPLETED' || !enrollment.completedAt) return null;
    const course = (await ctx.loaders.course.load(enrollment.courseId))!;
    return {
      number,
      courseTitle: course.title,
      provider: course.provider,
      issuedAt: enrollment.completedAt,
      holderName: enrollment.holderNameMasked ?? UNRECORDED_HOLDER,
    };
  },
};
