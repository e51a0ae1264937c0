import { forbidden, requireManager, type Principal } from '@nef/kit';

/**
 * Who may create and schedule courses: admins and training operators, the latter only in
 * their districts. The kit lets a district-limited operator act where no district is named;
 * a course without a district is city-wide, so here it needs an operator without limits.
 */
export function requireCourseManager(p: Principal, districtCode: string | null | undefined): void {
  requireManager(p, 'training', districtCode);
  if (p.role === 'operator' && p.districts?.length && districtCode == null) {
    throw forbidden(
      `this operator key is limited to districts ${p.districts.join(', ')}; a city-wide course (no districtCode) needs a key without district limits`,
    );
  }
}
