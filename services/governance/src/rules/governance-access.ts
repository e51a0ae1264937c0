import { forbidden, isAdmin, requireManager, type Principal } from '@nef/kit/rules';

/**
 * For creating things that belong to a district or to the whole city (a citywide reward).
 * Admins and governance operators; an operator whose key is limited to some regions (a
 * province, a city, a county or a street) may act only in the districts inside them (a city key
 * in each of its counties), and may not create citywide things, since those reach districts
 * beyond its own.
 */
export function requireGovernance(p: Principal, districtCode: string | null): void {
  if (districtCode === null && !isAdmin(p) && p.role === 'operator' && p.domain === 'governance' && p.districts?.length) {
    throw forbidden(
      `this operator key is limited to regions ${p.districts.join(', ')}: name a district inside them`,
      `此运营方密钥仅限地区${p.districts.join('、')}：请指定其中的区县`,
    );
  }
  requireManager(p, 'governance', districtCode);
}
