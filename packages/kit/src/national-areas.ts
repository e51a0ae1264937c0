/**
 * The places the national data set spreads over, and how a generator picks one. Every service's
 * `generate --scale national` draws from these, so that a worker, the stations near her, her
 * courses and her reports land in the same district.
 */
import { isShiftedRegion, type LatLng } from './geo';
import { isInRegionBox, regionChildren } from './regions';

export interface Area {
  code: string;
  name: string;
  nameEn: string;
  city: string;
  lat: number;
  lng: number;
  /** Share of the stations, and spread (km, one standard deviation). */
  weight: number;
  spreadKm: number;
}

/**
 * Where people (and so stations) are: a county-level district in each large city, weighted
 * roughly by urban population. Codes are GB/T 2260.
 */
export const NATIONAL_AREAS: Area[] = [
  { code: '110105', name: '朝阳区', nameEn: 'Chaoyang', city: '北京市', lat: 39.92, lng: 116.44, weight: 18, spreadKm: 25 },
  { code: '310101', name: '黄浦区', nameEn: 'Huangpu', city: '上海市', lat: 31.23, lng: 121.47, weight: 20, spreadKm: 25 },
  { code: '440106', name: '天河区', nameEn: 'Tianhe', city: '广州市', lat: 23.13, lng: 113.32, weight: 14, spreadKm: 22 },
  { code: '440305', name: '南山区', nameEn: 'Nanshan', city: '深圳市', lat: 22.54, lng: 113.93, weight: 14, spreadKm: 18 },
  { code: '500103', name: '渝中区', nameEn: 'Yuzhong', city: '重庆市', lat: 29.56, lng: 106.57, weight: 12, spreadKm: 30 },
  { code: '510104', name: '锦江区', nameEn: 'Jinjiang', city: '成都市', lat: 30.66, lng: 104.08, weight: 12, spreadKm: 22 },
  { code: '120101', name: '和平区', nameEn: 'Heping', city: '天津市', lat: 39.12, lng: 117.2, weight: 9, spreadKm: 20 },
  { code: '420106', name: '武昌区', nameEn: 'Wuchang', city: '武汉市', lat: 30.55, lng: 114.32, weight: 9, spreadKm: 20 },
  { code: '330106', name: '西湖区', nameEn: 'Xihu', city: '杭州市', lat: 30.26, lng: 120.13, weight: 9, spreadKm: 20 },
  { code: '610113', name: '雁塔区', nameEn: 'Yanta', city: '西安市', lat: 34.22, lng: 108.95, weight: 8, spreadKm: 18 },
  { code: '320102', name: '玄武区', nameEn: 'Xuanwu', city: '南京市', lat: 32.05, lng: 118.8, weight: 7, spreadKm: 18 },
  { code: '410105', name: '金水区', nameEn: 'Jinshui', city: '郑州市', lat: 34.78, lng: 113.66, weight: 7, spreadKm: 18 },
  { code: '430102', name: '芙蓉区', nameEn: 'Furong', city: '长沙市', lat: 28.2, lng: 112.98, weight: 6, spreadKm: 16 },
  { code: '370102', name: '历下区', nameEn: 'Lixia', city: '济南市', lat: 36.67, lng: 117.07, weight: 5, spreadKm: 16 },
  { code: '370202', name: '市南区', nameEn: 'Shinan', city: '青岛市', lat: 36.07, lng: 120.38, weight: 5, spreadKm: 16 },
  { code: '210102', name: '和平区', nameEn: 'Heping', city: '沈阳市', lat: 41.8, lng: 123.43, weight: 5, spreadKm: 16 },
  { code: '230102', name: '道里区', nameEn: 'Daoli', city: '哈尔滨市', lat: 45.77, lng: 126.62, weight: 4, spreadKm: 16 },
  { code: '220102', name: '南关区', nameEn: 'Nanguan', city: '长春市', lat: 43.88, lng: 125.32, weight: 3, spreadKm: 14 },
  { code: '350102', name: '鼓楼区', nameEn: 'Gulou', city: '福州市', lat: 26.08, lng: 119.3, weight: 4, spreadKm: 14 },
  { code: '350203', name: '思明区', nameEn: 'Siming', city: '厦门市', lat: 24.45, lng: 118.08, weight: 3, spreadKm: 10 },
  { code: '530102', name: '五华区', nameEn: 'Wuhua', city: '昆明市', lat: 25.04, lng: 102.71, weight: 4, spreadKm: 14 },
  { code: '450102', name: '兴宁区', nameEn: 'Xingning', city: '南宁市', lat: 22.82, lng: 108.32, weight: 3, spreadKm: 14 },
  { code: '520102', name: '南明区', nameEn: 'Nanming', city: '贵阳市', lat: 26.58, lng: 106.71, weight: 3, spreadKm: 14 },
  { code: '340104', name: '蜀山区', nameEn: 'Shushan', city: '合肥市', lat: 31.85, lng: 117.26, weight: 4, spreadKm: 14 },
  { code: '360102', name: '东湖区', nameEn: 'Donghu', city: '南昌市', lat: 28.68, lng: 115.89, weight: 3, spreadKm: 14 },
  { code: '130102', name: '长安区', nameEn: "Chang'an", city: '石家庄市', lat: 38.04, lng: 114.51, weight: 4, spreadKm: 14 },
  { code: '140105', name: '小店区', nameEn: 'Xiaodian', city: '太原市', lat: 37.74, lng: 112.56, weight: 3, spreadKm: 14 },
  { code: '150102', name: '新城区', nameEn: 'Xincheng', city: '呼和浩特市', lat: 40.84, lng: 111.66, weight: 2, spreadKm: 12 },
  { code: '620102', name: '城关区', nameEn: 'Chengguan', city: '兰州市', lat: 36.06, lng: 103.83, weight: 2, spreadKm: 12 },
  { code: '650102', name: '天山区', nameEn: 'Tianshan', city: '乌鲁木齐市', lat: 43.79, lng: 87.62, weight: 2, spreadKm: 12 },
  { code: '460106', name: '龙华区', nameEn: 'Longhua', city: '海口市', lat: 20.04, lng: 110.33, weight: 1, spreadKm: 10 },
  { code: '320505', name: '虎丘区', nameEn: 'Huqiu', city: '苏州市', lat: 31.3, lng: 120.58, weight: 6, spreadKm: 18 },
  { code: '330203', name: '海曙区', nameEn: 'Haishu', city: '宁波市', lat: 29.87, lng: 121.54, weight: 3, spreadKm: 14 },
  { code: '440604', name: '禅城区', nameEn: 'Chancheng', city: '佛山市', lat: 23.02, lng: 113.12, weight: 4, spreadKm: 14 },
  { code: '630104', name: '城西区', nameEn: 'Chengxi', city: '西宁市', lat: 36.62, lng: 101.77, weight: 1, spreadKm: 10 },
  { code: '640104', name: '兴庆区', nameEn: 'Xingqing', city: '银川市', lat: 38.49, lng: 106.23, weight: 1, spreadKm: 10 },
  { code: '540102', name: '城关区', nameEn: 'Chengguan', city: '拉萨市', lat: 29.65, lng: 91.13, weight: 1, spreadKm: 8 },
];

/**
 * Picks an area with probability proportional to its weight. (Not the kit's weightedPick: it
 * would key areas by their codes, and objects order numeric keys by value, not as listed.)
 */
export function pickArea(rand: () => number, areas: readonly Area[], weightSum = areas.reduce((s, a) => s + a.weight, 0)): Area {
  let w = rand() * weightSum;
  for (const a of areas) {
    w -= a.weight;
    if (w < 0) return a;
  }
  return areas[0]!;
}

/** Chaoyang, the city data set's district, is the first area. */
export const CHAOYANG_AREA: Area = NATIONAL_AREAS[0]!;

export const NATIONAL_AREA_WEIGHT_SUM = NATIONAL_AREAS.reduce((s, a) => s + a.weight, 0);

const byCode = new Map(NATIONAL_AREAS.map((a) => [a.code, a]));

/** The national area with this county code, or undefined. */
export function nationalArea(code: string): Area | undefined {
  return byCode.get(code);
}

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/**
 * A point around the area's centre (one in five in the towns around it, six times as spread),
 * inside China's datum-shifted area and inside the county's own region, as the services'
 * location checks require.
 */
export function drawPointInArea(rand: () => number, area: Area): LatLng {
  const spread = (rand() < 0.2 ? 6 : 1) * area.spreadKm;
  for (;;) {
    const lat = area.lat + (gaussian(rand) * spread) / 111;
    const lng = area.lng + (gaussian(rand) * spread) / (111 * Math.cos((area.lat * Math.PI) / 180));
    if (isShiftedRegion({ lat, lng }) && isInRegionBox({ lat, lng }, area.code)) return { lat, lng };
  }
}

const streetsOf = new Map<string, string[]>();

/** The street (乡镇、街道) codes of an area's county, from the national catalogue, in code order. */
export function areaStreetCodes(area: Area): string[] {
  let codes = streetsOf.get(area.code);
  if (!codes) {
    codes = regionChildren(area.code).filter((r) => r.level === 'STREET').map((r) => r.code);
    if (codes.length === 0) throw new Error(`the catalogue has no streets under ${area.code} ${area.name}`);
    streetsOf.set(area.code, codes);
  }
  return codes;
}

/**
 * Splits `total` among the areas in proportion to their weights (largest remainder, ties to the
 * area listed first), so that the shares add up to `total` exactly: how many courses,
 * communities or reports each area gets. Areas that all weigh nothing get nothing.
 */
export function shareByArea(total: number, areas: readonly Pick<Area, 'code' | 'weight'>[] = NATIONAL_AREAS): Map<string, number> {
  const sum = areas.reduce((s, a) => s + a.weight, 0);
  if (sum <= 0) return new Map(areas.map((a) => [a.code, 0]));
  const exact = areas.map((a) => (total * a.weight) / sum);
  const out = areas.map((a, i) => ({ code: a.code, n: Math.floor(exact[i]!), rest: exact[i]! - Math.floor(exact[i]!), i }));
  let left = total - out.reduce((s, o) => s + o.n, 0);
  for (const o of [...out].sort((a, b) => b.rest - a.rest || a.i - b.i)) {
    if (left <= 0) break;
    o.n++;
    left--;
  }
  return new Map(out.map((o) => [o.code, o.n]));
}
