import {
  findRegion,
  requireCounty,
  requireStreetIn,
  isWithin,
  normalizeRegionCode,
  regionChildren,
  regionPath,
  requireLocationInRegion,
  requireRegionCode,
  toWgs84,
  type LatLng,
} from '../src';
import { errorCodesOf } from '../src/testing';

/** The field and both messages of what `fn` throws. */
function refusal(fn: () => unknown): { code: string; field: string; en: string; zh: string } {
  try {
    fn();
  } catch (err: any) {
    return { code: err.extensions.code, field: err.extensions.field, en: err.message, zh: err.extensions.localizedMessages?.zh };
  }
  throw new Error('expected a refusal');
}

describe('the national catalogue', () => {
  it('finds a province, a city, a county and a street with their parents', () => {
    expect(findRegion('440000')).toEqual({ code: '440000', level: 'PROVINCE', name: '广东省', parentCode: null });
    expect(findRegion('441300')).toEqual({ code: '441300', level: 'CITY', name: '惠州市', parentCode: '440000' });
    expect(findRegion('441302')).toEqual({ code: '441302', level: 'COUNTY', name: '惠城区', parentCode: '441300' });
    expect(findRegion('441302103')).toEqual({ code: '441302103', level: 'STREET', name: '三栋镇', parentCode: '441302' });
  });

  it('knows the streets of the cases: 八里庄街道 and 东湖街道 in Chaoyang, 学院路街道 in Haidian', () => {
    expect(findRegion('110105015')).toMatchObject({ name: '八里庄街道', parentCode: '110105' });
    expect(findRegion('110105043')).toMatchObject({ name: '东湖街道', parentCode: '110105' });
    expect(findRegion('110108010')).toMatchObject({ name: '学院路街道', parentCode: '110108' });
    // Haidian has its own 八里庄街道, under another code.
    expect(findRegion('110108005')).toMatchObject({ name: '八里庄街道', parentCode: '110108' });
    expect(regionPath('110108010').map((r) => `${r.level}:${r.name}`)).toEqual(['STREET:学院路街道', 'COUNTY:海淀区', 'CITY:北京市', 'PROVINCE:北京市']);
  });

  it('accepts the twelve-digit statistical form and answers the short one', () => {
    expect(normalizeRegionCode('110105015000')).toBe('110105015');
    expect(normalizeRegionCode('110105000000')).toBe('110105');
    expect(findRegion('110105015000')?.code).toBe('110105015');
    expect(normalizeRegionCode('11010')).toBeNull();
    expect(normalizeRegionCode('11010501500x')).toBeNull();
  });

  it('answers null for unknown codes', () => {
    expect(findRegion('999999')).toBeNull();
    expect(findRegion('110105999')).toBeNull();
    expect(findRegion('abc')).toBeNull();
  });

  it('gives municipalities a city level named after them', () => {
    for (const [p, name] of [['110000', '北京市'], ['310000', '上海市'], ['120000', '天津市'], ['500000', '重庆市']]) {
      const children = regionChildren(p);
      expect(children[0]).toMatchObject({ level: 'CITY', name, parentCode: p });
    }
    expect(regionChildren('500000').map((r) => r.code)).toEqual(['500100', '500200']);
    expect(regionChildren('110100')).toHaveLength(16);
    expect(findRegion('310112')).toMatchObject({ name: '闵行区', parentCode: '310100' });
  });

  it('hangs counties directly under a province from the province (济源市)', () => {
    expect(findRegion('419001')).toEqual({ code: '419001', level: 'COUNTY', name: '济源市', parentCode: '410000' });
    expect(findRegion('419000')).toBeNull(); // the data's placeholder 省直辖县级行政区划 is not a region
    expect(regionChildren('410000').map((r) => r.code)).toContain('419001');
    expect(isWithin('419001', '410000')).toBe(true);
  });

  it('hangs the streets of a city without counties from the city (东莞市)', () => {
    expect(findRegion('441900')).toMatchObject({ level: 'CITY', name: '东莞市', parentCode: '440000' });
    const streets = regionChildren('441900');
    expect(streets.length).toBeGreaterThan(20);
    expect(streets.every((s) => s.level === 'STREET' && s.parentCode === '441900')).toBe(true);
    expect(requireRegionCode('districtCode', '441900', 'COUNTY').level).toBe('CITY');
  });

  it('lists children in code order', () => {
    const counties = regionChildren('441300');
    expect(counties.map((r) => r.name)).toContain('惠城区');
    expect(counties.map((r) => r.code)).toEqual([...counties.map((r) => r.code)].sort());
    const streets = regionChildren('110105');
    expect(streets.map((r) => r.name)).toEqual(expect.arrayContaining(['八里庄街道', '东湖街道']));
    expect(regionChildren('110105015')).toEqual([]);
    expect(regionChildren('999999')).toEqual([]);
  });

  it('tells whether a region lies in another', () => {
    expect(isWithin('110105015', '110105')).toBe(true);
    expect(isWithin('110105015', '110000')).toBe(true);
    expect(isWithin('441302', '440000')).toBe(true);
    expect(isWithin('110105', '110105')).toBe(true);
    expect(isWithin('110108010', '110105')).toBe(false);
    expect(isWithin('441302', '110000')).toBe(false);
    expect(isWithin('999999', '110000')).toBe(false);
    expect(isWithin('110105', '999999')).toBe(false);
  });
});

describe('requireRegionCode', () => {
  it('returns the region at the level asked for', () => {
    expect(requireRegionCode('input.districtCode', '110105', 'COUNTY').name).toBe('朝阳区');
    expect(requireRegionCode('streetCode', '110105015000', 'STREET').code).toBe('110105015');
    expect(requireRegionCode('region', '320600', ['CITY', 'PROVINCE']).name).toBe('南通市');
  });

  it('refuses an unknown code, naming the field, in both languages', () => {
    const r = refusal(() => requireRegionCode('input.districtCode', '999999', 'COUNTY'));
    expect(r).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.districtCode' });
    expect(r.en).toContain('"999999"');
    expect(r.zh).toContain('「input.districtCode」');
    expect(r.zh).toContain('"999999"');
    expect(errorCodesOf(() => requireRegionCode('code', '12345', 'COUNTY'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => requireRegionCode('code', '110105999', 'STREET'))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a code of another level, saying what it is', () => {
    const r = refusal(() => requireRegionCode('input.districtCode', '110000', 'COUNTY'));
    expect(r).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.districtCode' });
    expect(r.en).toBe('input.districtCode must be a county code, got "110000" (北京市, a province)');
    expect(r.zh).toBe('「input.districtCode」须为县级行政区划代码，收到"110000"（北京市，省级）');
    expect(errorCodesOf(() => requireRegionCode('streetCode', '110105', 'STREET'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => requireRegionCode('city', '110105015', ['CITY', 'PROVINCE']))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => requireRegionCode('city', '441300', 'COUNTY'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('requireLocationInRegion', () => {
  // Real places of the cases, as a map app gives them (GCJ-02), and the same in WGS-84.
  const places: [string, string, LatLng][] = [
    ['朝阳区', '110105', { lat: 39.9219, lng: 116.4436 }],
    ['八里庄街道', '110105015', { lat: 39.9196, lng: 116.4996 }],
    ['学院路街道', '110108010', { lat: 39.9935, lng: 116.3467 }],
    ['惠城区', '441302', { lat: 23.0837, lng: 114.3829 }],
    ['三栋镇', '441302103', { lat: 23.0396, lng: 114.4713 }],
    ['南通 崇川区', '320613', { lat: 32.0098, lng: 120.8574 }],
    ['滨州 滨城区', '371602', { lat: 37.3845, lng: 118.0195 }],
    ['上海 闵行区', '310112', { lat: 31.1128, lng: 121.3817 }],
    ['郑州 金水区', '410105', { lat: 34.8003, lng: 113.6606 }],
    ['绍兴 越城区', '330602', { lat: 29.9884, lng: 120.5818 }],
  ];

  it.each(places)('accepts a location in %s (GCJ-02 and WGS-84)', (_name, code, gcj) => {
    expect(() => requireLocationInRegion('input.location', gcj, code)).not.toThrow();
    expect(() => requireLocationInRegion('input.location', toWgs84({ ...gcj, crs: 'GCJ02' }), code)).not.toThrow();
  });

  it('refuses a Chaoyang location at Shenzhen coordinates, naming the field', () => {
    const r = refusal(() => requireLocationInRegion('input.location', { lat: 22.54, lng: 113.93 }, '110105'));
    expect(r).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.location' });
    expect(r.en).toBe('input.location (22.54, 113.93) is not in 朝阳区 (110105), in 北京市');
    expect(r.zh).toBe('「input.location」（22.54, 113.93）不在北京市朝阳区（110105）范围内');
  });

  it('refuses (0, 0) and a point in another province', () => {
    expect(errorCodesOf(() => requireLocationInRegion('location', { lat: 0, lng: 0 }, '110105'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => requireLocationInRegion('location', { lat: 39.9219, lng: 116.4436 }, '441302'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => requireLocationInRegion('location', { lat: 34.8003, lng: 113.6606 }, '320613'))).toEqual(['BAD_USER_INPUT']);
    // The limit of boxes: Shanghai lies inside Jiangsu's box, so a Nantong location in Minhang passes.
    expect(errorCodesOf(() => requireLocationInRegion('location', { lat: 31.1128, lng: 121.3817 }, '320613'))).toEqual([]);
    expect(errorCodesOf(() => requireLocationInRegion('location', { lat: 91, lng: 0 }, '110105'))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a region that is not in the catalogue', () => {
    expect(refusal(() => requireLocationInRegion('location', { lat: 39.92, lng: 116.44 }, '999999'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'location' });
  });
});

describe('requireCounty and requireStreetIn: the checks every service applies to its inputs', () => {
  it('takes a county and a street inside it, in their short forms', () => {
    expect(requireCounty('input.districtCode', '441302')).toBe('441302');
    expect(requireStreetIn('input.streetCode', '110105015', '110105')).toBe('110105015');
  });

  it('refuses a street of another county, naming the field and both places', () => {
    let err: unknown;
    try {
      requireStreetIn('input.streetCode', '110108010', '110105');
    } catch (e) {
      err = e;
    }
    expect((err as { extensions: { code: string; field: string } }).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.streetCode' });
    expect((err as Error).message).toMatch(/110108010 .* is not in 朝阳区 \(110105\)/);
  });

  it('refuses a province where a county is wanted', () => {
    expect(() => requireCounty('input.districtCode', '110000')).toThrow(/input\.districtCode/);
  });
});
