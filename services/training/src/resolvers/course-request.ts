import type { CourseRequestResolvers } from '../generated/resolvers';
import { isOpenDemand } from '../rules/course-request';
import { settings } from '../settings';

export const CourseRequest: CourseRequestResolvers = {
  district: (r) => ({ __typename: 'District', code: r.districtCode }),
  threshold: () => settings.courseRequestThreshold,
  open: (r) => isOpenDemand(r.requests, settings.courseRequestThreshold, r.fulfilledByCourseId != null),
  fulfilledBy: (r, _args, ctx) => (r.fulfilledByCourseId ? ctx.loaders.course.load(r.fulfilledByCourseId) : null),
};
