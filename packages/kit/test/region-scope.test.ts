import {
  canManage,
  canReadRegionMetrics,
  errorCodesOf,
  keyCovers,
  regionCondition,
  regionCovers,
  regionHolds,
  regionPrefix,
  requireRegionMetrics,
  requireScopeRegion,
  scopeCondition,
  type Principal,
} from './support';

const huizhouDashboard: Principal = { role: 'dashboard', districts: ['441300'] };
const jiangsuDashboard: Principal = { role: 'dashboard', districts: ['320000'] };
const baliStreetDashboard: Principal = { role: 'dashboard', districts: ['110105015'] };
const huizhouStationsOp: Principal = { role: 'operator', domain: 'stations', districts: ['441300'] };

describe('regions as scopes', () => {
  it('reads what a code holds from its digits', () => {
    expect(regionPrefix('100000')).toBe('');
    expect(regionPrefix('440000')).toBe('44');
    expect(regionPrefix('441300')).toBe('4413');
    expect(regionPrefix('441302')).toBe('441302');
    expect(regionPrefix('441302001')).toBe('441302001');
    expect(regionPrefix('441302001000')).toBe('441302001');
    expect(regionPrefix('4413')).toBeNull();
  });

  it('covers the regions inside, and nothing beside or above', () => {
    expect(regionCovers('441300', '441302')).toBe(true); // 惠城区 in 惠州市
    expect(regionCovers('441300', '441302001')).toBe(true);
    expect(regionCovers('441300', '441300')).toBe(true);
    expect(regionCovers('441300', '440300')).toBe(false); // 深圳市
    expect(regionCovers('441300', '440000')).toBe(false); // the province above
    expect(regionCovers('441300', '100000')).toBe(false);
    expect(regionCovers('320000', '320612')).toBe(true); // 南通市通州区 in 江苏省
    expect(regionCovers('410000', '419001')).toBe(true); // 济源市, directly under 河南省
    expect(regionCovers('100000', '419001')).toBe(true);
    expect(regionCovers('110105015', '110105')).toBe(false);
    expect(regionCovers('110105', '110105015')).toBe(true);
  });

  it('limits a city key to its city, a province key to its province, a street key to its street', () => {
    expect(canReadRegionMetrics(huizhouDashboard, 'stations', '441302')).toBe(true);
    expect(canReadRegionMetrics(huizhouDashboard, 'stations', '441302001')).toBe(true);
    expect(canReadRegionMetrics(huizhouDashboard, 'stations', '440000')).toBe(false);
    expect(canReadRegionMetrics(huizhouDashboard, 'stations', '110105')).toBe(false);
    expect(canReadRegionMetrics(jiangsuDashboard, 'union', '320600')).toBe(true);
    expect(canReadRegionMetrics(jiangsuDashboard, 'union', '100000')).toBe(false);
    expect(canReadRegionMetrics({ role: 'dashboard' }, 'union', '100000')).toBe(true);
    expect(canReadRegionMetrics(baliStreetDashboard, 'union', '110105015')).toBe(true);
    expect(canReadRegionMetrics(baliStreetDashboard, 'union', '110105')).toBe(false);
    expect(canReadRegionMetrics(huizhouStationsOp, 'union', '441302')).toBe(false);
    expect(canReadRegionMetrics({ role: 'partner', platform: 'MEITUAN' }, 'stations', '441302')).toBe(false);
    expect(errorCodesOf(() => requireRegionMetrics(huizhouDashboard, 'training', '440000'))).toEqual(['FORBIDDEN']);
    expect(canManage(huizhouStationsOp, 'stations', '441302')).toBe(true);
    expect(canManage(huizhouStationsOp, 'stations', '440303')).toBe(false);
    expect(keyCovers({ role: 'dashboard', districts: [] }, '100000')).toBe(true);
  });

  it('answers the nation and every level, and refuses a code the catalogue lacks', () => {
    expect(requireScopeRegion('code', '100000')).toMatchObject({ level: 'NATION', name: '中华人民共和国' });
    expect(requireScopeRegion('code', '441300')).toMatchObject({ level: 'CITY', name: '惠州市' });
    expect(requireScopeRegion('code', '441302')).toMatchObject({ level: 'COUNTY', name: '惠城区' });
    expect(errorCodesOf(() => requireScopeRegion('code', '999999'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => requireScopeRegion('code', '4413'))).toEqual(['BAD_USER_INPUT']);
  });

  it('turns a region into a range of county codes, a county or a street', () => {
    const cols = { county: 't.district_code', street: 't.street_code' };
    expect(regionCondition(requireScopeRegion('c', '100000'), cols).sql).toBe('1 = 1');
    expect(regionCondition(requireScopeRegion('c', '440000'), cols)).toEqual({
      sql: '(t.district_code >= :regionLo AND t.district_code < :regionHi)',
      params: { regionLo: '44', regionHi: '45' },
    });
    expect(regionCondition(requireScopeRegion('c', '410000'), cols).params).toEqual({ regionLo: '41', regionHi: '42' });
    expect(regionCondition(requireScopeRegion('c', '441900'), cols).params).toEqual({ regionLo: '4419', regionHi: '4420' });
    expect(regionCondition(requireScopeRegion('c', '441302'), cols)).toEqual({ sql: 't.district_code = :region', params: { region: '441302' } });
    expect(regionCondition(requireScopeRegion('c', '110105015'), cols)).toEqual({ sql: 't.street_code = :region', params: { region: '110105015' } });
    expect(regionCondition(requireScopeRegion('c', '110105015'), { county: 't.district_code' }).sql).toBe('1 = 0');
    expect(scopeCondition({ role: 'dashboard' }, cols).sql).toBe('1 = 1');
    const two = scopeCondition({ role: 'dashboard', districts: ['441300', '320000'] }, cols);
    expect(two.sql).toBe('((t.district_code >= :scope0Lo AND t.district_code < :scope0Hi) OR (t.district_code >= :scope1Lo AND t.district_code < :scope1Hi))');
    expect(two.params).toEqual({ scope0Lo: '4413', scope0Hi: '4414', scope1Lo: '32', scope1Hi: '33' });
  });

  it('shares rows out among regions in memory as regionCondition selects them', () => {
    const r = (code: string) => requireScopeRegion('c', code);
    expect(regionHolds(r('100000'), '441302', null)).toBe(true);
    expect(regionHolds(r('440000'), '441302', null)).toBe(true);
    expect(regionHolds(r('441300'), '441302', '441302103')).toBe(true);
    expect(regionHolds(r('441300'), '440303', null)).toBe(false);
    expect(regionHolds(r('441302'), '441302', null)).toBe(true);
    expect(regionHolds(r('441302'), '441322', null)).toBe(false);
    expect(regionHolds(r('410000'), '419001', null)).toBe(true); // 济源市, under the province
    expect(regionHolds(r('441302103'), '441302', '441302103')).toBe(true);
    expect(regionHolds(r('441302103'), '441302', null)).toBe(false); // a row that names no street
    expect(regionHolds(r('441300'), null, null)).toBe(false);
  });
});
