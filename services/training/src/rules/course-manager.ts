import { canManage, forbidden, requireManager, type Principal } from '@nef/kit/rules';

/**
 * A district-limited operator may act where no district is named, as far as the kit is
 * concerned; a course without a district is city-wide, so here it needs an operator without limits.
 */
const limitedOperatorOnCityWideCourse = (p: Principal, districtCode: string | null | undefined) =>
  p.role === 'operator' && !!p.districts?.length && districtCode == null;

/** Whether the caller organises courses of this district (null: city-wide): admins and training operators there. */
export function managesCourses(p: Principal, districtCode: string | null | undefined): boolean {
  return canManage(p, 'training', districtCode) && !limitedOperatorOnCityWideCourse(p, districtCode);
}

/**
 * Who may create, schedule and run courses: admins and training operators, the latter only in
 * their districts, and city-wide courses only with a key without district limits.
 */
export function requireCourseManager(p: Principal, districtCode: string | null | undefined): void {
  requireManager(p, 'training', districtCode);
  if (limitedOperatorOnCityWideCourse(p, districtCode)) {
    throw forbidden(
      `this operator key is limited to districts ${p.districts!.join(', ')}; a city-wide course (no districtCode) needs a key without district limits`,
    );
  }
}
