import { canManage, canReadDistrictMetrics, canReadWorker, errorCodesOf, targetWorker, type Principal } from './support';

const admin: Principal = { role: 'admin' };
const cityDashboard: Principal = { role: 'dashboard' };
const chaoyangDashboard: Principal = { role: 'dashboard', districts: ['110105'] };
const chaoyangStationsOp: Principal = { role: 'operator', domain: 'stations', districts: ['110105'] };
const partner: Principal = { role: 'partner', platform: 'MEITUAN', workerId: 'w1' };

describe('who may do what', () => {
  it('lets dashboards and the domain’s operators read metrics of their districts only', () => {
    expect(canReadDistrictMetrics(admin, 'stations', '110108')).toBe(true);
    expect(canReadDistrictMetrics(cityDashboard, 'union', '110108')).toBe(true);
    expect(canReadDistrictMetrics(chaoyangDashboard, 'union', '110105')).toBe(true);
    expect(canReadDistrictMetrics(chaoyangDashboard, 'union', '110108')).toBe(false);
    expect(canReadDistrictMetrics(chaoyangStationsOp, 'stations', '110105')).toBe(true);
    expect(canReadDistrictMetrics(chaoyangStationsOp, 'union', '110105')).toBe(false);
    expect(canReadDistrictMetrics(partner, 'stations', '110105')).toBe(false);
    expect(canReadDistrictMetrics({ role: 'anonymous' }, 'stations', '110105')).toBe(false);
  });

  it('limits operators to their domain and districts', () => {
    expect(canManage(chaoyangStationsOp, 'stations', '110105')).toBe(true);
    expect(canManage(chaoyangStationsOp, 'stations', '110108')).toBe(false);
    expect(canManage(chaoyangStationsOp, 'training', '110105')).toBe(false);
    expect(canManage(cityDashboard, 'stations', '110105')).toBe(false);
  });

  it('lets a partner read only the worker it acts for', () => {
    expect(canReadWorker(partner, 'training', 'w1')).toBe(true);
    expect(canReadWorker(partner, 'training', 'w2')).toBe(false);
    expect(canReadWorker(cityDashboard, 'training', 'w1')).toBe(false);
    expect(canReadWorker({ role: 'operator', domain: 'training' }, 'training', 'w2')).toBe(true);
    expect(canReadWorker({ role: 'operator', domain: 'union' }, 'training', 'w2')).toBe(false);
  });

  it('resolves the target worker of a mutation by role', () => {
    expect(targetWorker(partner, 'training', undefined)).toBe('w1');
    expect(targetWorker(partner, 'training', 'w1')).toBe('w1');
    expect(errorCodesOf(() => targetWorker(partner, 'training', 'w2'))).toEqual(['FORBIDDEN']);
    expect(errorCodesOf(() => targetWorker({ role: 'partner', platform: 'MEITUAN' }, 'training', undefined))).toEqual(['BAD_USER_INPUT']);
    expect(targetWorker(admin, 'training', 'w9')).toBe('w9');
    expect(errorCodesOf(() => targetWorker(admin, 'training', undefined))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => targetWorker(cityDashboard, 'training', 'w1'))).toEqual(['FORBIDDEN']);
  });
});
