import { REPORT_POINTS } from '../../src/rules/report-points';
import { REPORT_CATEGORIES } from '../../src/rules/vocabulary';

describe('points per report category', () => {
  it('pays every category a positive whole number, hazards to life most', () => {
    for (const c of REPORT_CATEGORIES) expect(Number.isInteger(REPORT_POINTS[c]) && REPORT_POINTS[c] > 0).toBe(true);
    expect(REPORT_POINTS.FIRE_HAZARD).toBeGreaterThan(REPORT_POINTS.SANITATION);
  });
});
