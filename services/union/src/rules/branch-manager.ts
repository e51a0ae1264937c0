import { forbidden, requireManager, type Principal } from '@nef/kit/rules';

const CITY_WIDE_REFUSAL = {
  add: 'operators limited to districts may add branches only in those districts',
  act: 'operators limited to districts may not act for a city-level branch',
} as const;

/**
 * Who may act for a union branch (add one, record its consultations, move their measures):
 * admins and union operators; an operator limited to districts only for a branch in one of
 * them, never for a city-wide branch (one without a district).
 */
export function requireBranchManager(p: Principal, districtCode: string | null, doing: keyof typeof CITY_WIDE_REFUSAL): void {
  requireManager(p, 'union', districtCode);
  if (districtCode == null && p.role === 'operator' && p.districts?.length) throw forbidden(CITY_WIDE_REFUSAL[doing]);
}
