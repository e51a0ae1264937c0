import { NATION_CODE, forbidden, keyCovers, requireManager, type Principal } from '@nef/kit/rules';

const CITY_WIDE_REFUSAL = {
  add: ['operators limited to regions may add branches only in those regions', '限定地区的运营方只能在其地区内添加工会组织'],
  act: ['operators limited to regions may not act for a city-level branch', '限定地区的运营方不能代表市级工会组织操作'],
} as const;

/**
 * Who may act for a union branch (add one, record its consultations, move their measures):
 * admins and union operators; an operator limited to regions (provinces, cities, counties or
 * streets) only for a branch whose district lies inside one of them (a Huizhou key 441300 for
 * a branch in 惠城区 441302), never for a city-wide branch (one without a district, so in no
 * region a key can be shown to cover) unless its regions cover the whole nation.
 */
export function requireBranchManager(p: Principal, districtCode: string | null, doing: keyof typeof CITY_WIDE_REFUSAL): void {
  requireManager(p, 'union', districtCode);
  if (districtCode == null && p.role === 'operator' && !keyCovers(p, NATION_CODE)) {
    const [en, zh] = CITY_WIDE_REFUSAL[doing];
    throw forbidden(en, zh);
  }
}
