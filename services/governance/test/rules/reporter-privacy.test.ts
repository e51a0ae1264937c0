import { canSeeReporter } from '../../src/rules/reporter-privacy';
import { as, W } from '../support';

const report = { reporterId: W.wang, reporterPlatform: 'MEITUAN', districtCode: '110105' };

describe('who may see the reporter of a report', () => {
  it('hides the reporter from the public and from dashboards', () => {
    expect(canSeeReporter(as.anonymous, report)).toBe(false);
    expect(canSeeReporter(as.dashboard, report)).toBe(false);
  });

  it('shows the reporter to admins and governance operators, not to other domains', () => {
    expect(canSeeReporter(as.admin, report)).toBe(true);
    expect(canSeeReporter(as.operator, report)).toBe(true);
    expect(canSeeReporter(as.stationsOperator, report)).toBe(false);
  });

  it('limits a district operator to reports in its districts', () => {
    expect(canSeeReporter(as.chaoyangOperator, report)).toBe(true);
    expect(canSeeReporter(as.chaoyangOperator, { ...report, districtCode: '110108' })).toBe(false);
  });

  it('shows the reporter to the platform the report came through, whoever it acts for', () => {
    expect(canSeeReporter(as.partner('MEITUAN'), report)).toBe(true);
    expect(canSeeReporter(as.partner('MEITUAN', W.chen), report)).toBe(true);
    expect(canSeeReporter(as.partner('ELEME'), report)).toBe(false);
  });

  it('shows the reporter to any partner acting for the reporter', () => {
    expect(canSeeReporter(as.partner('ELEME', W.wang), report)).toBe(true);
    expect(canSeeReporter(as.partner('ELEME', W.li), report)).toBe(false);
  });

  it('shows an operator-filed report (no platform) to no partner but the reporter’s', () => {
    const filed = { ...report, reporterPlatform: null };
    expect(canSeeReporter(as.partner('MEITUAN'), filed)).toBe(false);
    expect(canSeeReporter(as.partner('MEITUAN', W.wang), filed)).toBe(true);
  });
});
