import { canManage, forbidden, keyCovers, NATION_CODE, requireManager, type Principal } from '@nef/kit/rules';

/**
 * A region-limited operator may act where no district is named, as far as the kit is
 * concerned; a course without a district is city-wide, with no region to check, so here it
 * needs an operator whose key covers every region (no limits, or the nation 100000).
 */
const limitedOperatorOnCityWideCourse = (p: Principal, districtCode: string | null | undefined) =>
  p.role === 'operator' && districtCode == null && !keyCovers(p, NATION_CODE);

/**
 * Whether the caller organises courses of this district (null: city-wide): admins and training
 * operators whose key's regions contain it (a Huizhou key 441300 organises 惠城区 441302's courses).
 */
export function managesCourses(p: Principal, districtCode: string | null | undefined): boolean {
  return canManage(p, 'training', districtCode) && !limitedOperatorOnCityWideCourse(p, districtCode);
}

/**
 * Who may create, schedule and run courses: admins and training operators, the latter only in
 * the districts their key's regions contain, and city-wide courses only with a key without
 * region limits.
 */
export function requireCourseManager(p: Principal, districtCode: string | null | undefined): void {
  requireManager(p, 'training', districtCode);
  if (limitedOperatorOnCityWideCourse(p, districtCode)) {
    throw forbidden(
      `this operator key is limited to regions ${p.districts!.join(', ')}; a city-wide course (no districtCode) needs a key without region limits`,
      `此运营密钥仅限地区${p.districts!.join('、')}；不属于任何区县的全市课程（无districtCode）须使用不限地区的密钥`,
    );
  }
}
