import { isOpenDemand } from '../domain/course-request';
import type { CourseRequestRow } from '../entities';
import { settings } from '../settings';
import type { Ctx, Resolvers } from './context';

export const CourseRequest: Resolvers[string] = {
  district: (r: CourseRequestRow) => ({ __typename: 'District', code: r.districtCode }),
  threshold: () => settings.courseRequestThreshold,
  open: (r: CourseRequestRow) => isOpenDemand(r.requests, settings.courseRequestThreshold, r.fulfilledByCourseId != null),
  fulfilledBy: (r: CourseRequestRow, _: unknown, ctx: Ctx) =>
    r.fulfilledByCourseId ? ctx.loaders.course.load(r.fulfilledByCourseId) : null,
};
