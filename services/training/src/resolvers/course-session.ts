import { forbidden } from '@nef/kit';
import type { AttendanceLineResolvers, CourseSessionResolvers } from '../generated/resolvers';
import { managesCourses } from '../rules/course-manager';

export const CourseSession: CourseSessionResolvers = {
  // A session is written with its course, and courses are never deleted.
  course: async (s, _args, ctx) => (await ctx.loaders.course.load(s.courseId))!,
  station: (s) => (s.stationId ? { __typename: 'Station', id: s.stationId } : null),
  /** The sheet names learners: for the course's organisers only, like the roster. */
  async attendance(s, args, ctx) {
    const course = (await ctx.loaders.course.load(s.courseId))!;
    if (!managesCourses(ctx.principal, course.districtCode)) {
      throw forbidden("a session's attendance sheet is for the course's organisers (admins, training operators of its district)");
    }
    return ctx.loaders.attendanceSheet(args, s.id);
  },
};

export const AttendanceLine: AttendanceLineResolvers = {
  // Every line comes from an enrolment row read in the same request; enrolments are never deleted.
  enrollment: async (l, _args, ctx) => (await ctx.loaders.enrollment.load(l.enrollmentId))!,
};
