import type { ReportCategory } from './vocabulary';

/**
 * Points an accepted report earns, by category. Hazards that endanger lives (fire, blocked exits,
 * e-bikes charged indoors) earn most, as the city's 随手拍 campaigns reward them most. Changing a
 * value affects reports accepted afterwards only: what was paid stays in the ledger.
 */
export const REPORT_POINTS: Readonly<Record<ReportCategory, number>> = {
  EBIKE_INDOOR_CHARGING: 20,
  FIRE_HAZARD: 20,
  BLOCKED_FIRE_EXIT: 20,
  PRODUCTION_SAFETY: 15,
  TRAFFIC_SAFETY: 10,
  INFRASTRUCTURE: 10,
  PUBLIC_ORDER: 10,
  SANITATION: 5,
  OTHER: 5,
};
