import { DAY_MS, beijingTimeOn, nameId, type Database, type Logger } from '@nef/kit';
import { In } from 'typeorm';
import { addToDay } from '../commands/record-visit';
import { MerchantOfferEntity, StationAmenityEntity, StationEntity, StationVisitEntity } from '../entities';
import type { OpeningPeriod } from '../rules/opening-hours';
import { newStationRows, validateNewStation } from '../rules/station-input';
import { visitDay } from '../rules/visit-days';

const daily = (opens: string, closes: string): OpeningPeriod[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));

/** Demo stations in Beijing, Huizhou, Nantong and Zhengzhou; coordinates are GCJ-02 as a map app shows them. */
const STATIONS: {
  key: string; name: string; kind: string; address: string; district: string; subdistrict: string; street: string;
  lat: number; lng: number; amenities: string[]; open24h?: boolean; hours?: OpeningPeriod[]; capacity: number; operator: string; phone?: string;
}[] = [
  { key: 'cy-wangjing', name: '望京骑手之家', kind: 'RIDER_HOME', address: '朝阳区望京街道阜通东大街6号', district: '110105', subdistrict: '望京街道', street: '110105026', lat: 39.9952, lng: 116.4741, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'EBIKE_CHARGING', 'REST_AREA', 'TOILET', 'WIFI', 'HEATING', 'AIR_CONDITIONING'], hours: daily('08:00', '22:00'), capacity: 30, operator: '望京街道总工会', phone: '010-64701234' },
  { key: 'cy-sanlitun', name: '三里屯暖心驿站', kind: 'WARM_STATION', address: '朝阳区三里屯路19号院', district: '110105', subdistrict: '三里屯街道', street: '110105004', lat: 39.9334, lng: 116.4545, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'REST_AREA', 'MEDICINE_BOX', 'HEATING'], open24h: true, capacity: 12, operator: '三里屯街道党群服务中心' },
  { key: 'cy-guomao', name: '国贸党群服务中心', kind: 'PARTY_SERVICE_CENTER', address: '朝阳区建国门外大街1号', district: '110105', subdistrict: '建外街道', street: '110105001', lat: 39.9087, lng: 116.4605, amenities: ['DRINKING_WATER', 'PHONE_CHARGING', 'REST_AREA', 'TOILET', 'PRINTER', 'WIFI', 'LEGAL_AID', 'COUNSELLING'], hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '21:00' })), capacity: 40, operator: '建外街道工委', phone: '010-65051234' },
  { key: 'cy-shuangjing', name: '双井骑手之家', kind: 'RIDER_HOME', address: '朝阳区双井街道广渠路36号', district: '110105', subdistrict: '双井街道', street: '110105016', lat: 39.8935, lng: 116.4614, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'BATTERY_SWAP', 'REST_AREA'], hours: daily('10:00', '02:00'), capacity: 20, operator: '双井街道总工会' },
  { key: 'cy-jiuxianqiao', name: '酒仙桥暖心驿站', kind: 'WARM_STATION', address: '朝阳区酒仙桥路14号', district: '110105', subdistrict: '酒仙桥街道', street: '110105011', lat: 39.9684, lng: 116.4922, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'TOILET'], hours: daily('07:00', '21:00'), capacity: 10, operator: '酒仙桥街道' },
  { key: 'cy-aoti', name: '奥体骑手友好餐厅', kind: 'FRIENDLY_MERCHANT', address: '朝阳区安定路5号', district: '110105', subdistrict: '亚运村街道', street: '110105009', lat: 39.9935, lng: 116.3972, amenities: ['DRINKING_WATER', 'MICROWAVE', 'MEALS', 'PHONE_CHARGING'], hours: daily('10:00', '22:00'), capacity: 16, operator: '奥体餐饮有限公司' },
  { key: 'hd-zhongguancun', name: '中关村暖心驿站', kind: 'WARM_STATION', address: '海淀区中关村大街27号', district: '110108', subdistrict: '中关村街道', street: '110108011', lat: 39.9834, lng: 116.3162, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'EBIKE_CHARGING', 'REST_AREA', 'WIFI'], open24h: true, capacity: 20, operator: '中关村街道总工会', phone: '010-62561234' },
  { key: 'hd-wudaokou', name: '五道口骑手之家', kind: 'RIDER_HOME', address: '海淀区成府路28号', district: '110108', subdistrict: '学院路街道', street: '110108010', lat: 39.9926, lng: 116.338, amenities: ['DRINKING_WATER', 'PHONE_CHARGING', 'REST_AREA', 'TOILET'], hours: daily('09:00', '23:00'), capacity: 15, operator: '学院路街道' },
  { key: 'dc-wangfujing', name: '王府井工会驿站', kind: 'UNION_POST', address: '东城区王府井大街138号', district: '110101', subdistrict: '东华门街道', street: '110101001', lat: 39.9147, lng: 116.411, amenities: ['DRINKING_WATER', 'PHONE_CHARGING', 'REST_AREA', 'LEGAL_AID', 'COUNSELLING'], hours: daily('09:00', '20:00'), capacity: 8, operator: '东城区总工会' },
  { key: 'xc-xidan', name: '西单工会驿站', kind: 'UNION_POST', address: '西城区西单北大街120号', district: '110102', subdistrict: '西长安街街道', street: '110102001', lat: 39.9087, lng: 116.3737, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING'], hours: daily('09:00', '21:00'), capacity: 8, operator: '西城区总工会' },
  { key: 'ft-lize', name: '丽泽司机之家', kind: 'DRIVER_HOME', address: '丰台区丽泽路16号', district: '110106', subdistrict: '太平桥街道', street: '110106002', lat: 39.864, lng: 116.312, amenities: ['DRINKING_WATER', 'MICROWAVE', 'TOILET', 'PARKING', 'REST_AREA', 'MEALS'], open24h: true, capacity: 25, operator: '丰台区总工会' },
  { key: 'tz-canal', name: '运河暖心驿站', kind: 'WARM_STATION', address: '通州区运河东大街55号', district: '110112', subdistrict: '潞源街道', street: '110112007', lat: 39.908, lng: 116.656, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'EBIKE_CHARGING'], hours: daily('08:00', '20:00'), capacity: 10, operator: '通州区总工会' },
  { key: 'dx-yizhuang', name: '亦庄货车司机之家', kind: 'DRIVER_HOME', address: '大兴区亦庄经济开发区科创十三街', district: '110115', subdistrict: '亦庄镇', street: '110115004', lat: 39.795, lng: 116.506, amenities: ['DRINKING_WATER', 'TOILET', 'PARKING', 'REST_AREA', 'MEALS'], open24h: true, capacity: 30, operator: '大兴区总工会' },
  { key: 'cp-huilongguan', name: '回龙观骑手之家', kind: 'RIDER_HOME', address: '昌平区回龙观西大街9号', district: '110114', subdistrict: '回龙观街道', street: '110114011', lat: 40.071, lng: 116.336, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'EBIKE_CHARGING', 'BATTERY_SWAP'], hours: daily('08:00', '22:00'), capacity: 20, operator: '回龙观街道' },
  // Huizhou (441300): the city's ride-hailing drivers' service centre, 水岸城's property-run warm
  // station (with its community gate pass) and 博罗县's legal aid station for new-employment workers.
  { key: 'hz-sandong', name: '惠州市网约车司机服务中心', kind: 'DRIVER_HOME', address: '惠城区三栋镇竹仔园翠竹五路', district: '441302', subdistrict: '三栋镇', street: '441302103', lat: 23.0475, lng: 114.4326, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'EBIKE_CHARGING', 'REST_AREA', 'TOILET', 'MEALS', 'PARKING', 'WIFI'], hours: daily('08:00', '22:00'), capacity: 60, operator: '惠州市交通运输局、惠城区总工会', phone: '0752-2281234' },
  { key: 'hz-shuianchen', name: '水岸城暖心驿站', kind: 'WARM_STATION', address: '惠城区桥东街道西江社区水岸城小区南门', district: '441302', subdistrict: '桥东街道', street: '441302001', lat: 23.116, lng: 114.423, amenities: ['DRINKING_WATER', 'PHONE_CHARGING', 'REST_AREA', 'PRINTER', 'MEDICINE_BOX'], open24h: true, capacity: 6, operator: '中海物业水岸城服务中心' },
  { key: 'hz-boluo', name: '博罗县新就业形态劳动者法律援助工作站', kind: 'UNION_POST', address: '博罗县罗阳街道北门路1号', district: '441322', subdistrict: '罗阳街道', street: '441322001', lat: 23.173, lng: 114.289, amenities: ['DRINKING_WATER', 'PHONE_CHARGING', 'REST_AREA', 'LEGAL_AID', 'COUNSELLING'], hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '17:30' })), capacity: 10, operator: '博罗县总工会' },
  // Nantong (320600): 好通驿站 with legal service desks, one by the airport's pick-up waiting zone.
  { key: 'nt-haotong-chongchuan', name: '好通驿站·崇川', kind: 'PARTY_SERVICE_CENTER', address: '崇川区城东街道工农南路88号', district: '320613', subdistrict: '城东街道', street: '320613001', lat: 32.015, lng: 120.898, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'REST_AREA', 'TOILET', 'LEGAL_AID'], hours: daily('08:00', '20:00'), capacity: 20, operator: '南通市交通运输行业党委' },
  { key: 'nt-haotong-airport', name: '好通驿站·兴东机场', kind: 'DRIVER_HOME', address: '通州区兴东街道兴东机场网约车候客区', district: '320612', subdistrict: '兴东街道', street: '320612002', lat: 32.073, lng: 120.979, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'REST_AREA', 'TOILET', 'PARKING', 'LEGAL_AID'], open24h: true, capacity: 30, operator: '南通市交通运输行业党委' },
  // Zhengzhou (410100): outdoor workers' stations and rider homes (union hotline 12351).
  { key: 'zz-huayuanlu', name: '郑州户外劳动者驿站·花园路', kind: 'WARM_STATION', address: '金水区花园路街道花园路60号', district: '410105', subdistrict: '花园路街道', street: '410105002', lat: 34.785, lng: 113.683, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'REST_AREA', 'TOILET', 'HEATING', 'AIR_CONDITIONING'], hours: daily('07:00', '21:00'), capacity: 12, operator: '金水区总工会', phone: '12351' },
  { key: 'zz-jiansheru', name: '中原区骑手之家·建设路', kind: 'RIDER_HOME', address: '中原区建设路街道建设西路11号', district: '410102', subdistrict: '建设路街道', street: '410102002', lat: 34.758, lng: 113.63, amenities: ['DRINKING_WATER', 'MICROWAVE', 'PHONE_CHARGING', 'EBIKE_CHARGING', 'BATTERY_SWAP', 'REST_AREA'], hours: daily('09:00', '23:00'), capacity: 20, operator: '中原区总工会' },
];

const stationId = (key: string) => nameId(`demo:station:${key}`);
const workerId = (key: string) => nameId(`demo:worker:${key}`);

/**
 * Offers at the friendly merchant (days from the seeding): one that has ended and never shows as
 * current, and one announced for next week (SCHEDULED until it starts).
 */
const OFFERS: { key: string; station: string; title: string; priceCents: number; originalPriceCents: number; startDays: number; validDays: number | null }[] = [
  { key: 'aoti-set-meal', station: 'cy-aoti', title: '骑手套餐（一荤两素+米饭）', priceCents: 1399, originalPriceCents: 2400, startDays: -30, validDays: null },
  { key: 'aoti-night-noodles', station: 'cy-aoti', title: '夜宵牛肉面', priceCents: 990, originalPriceCents: 1800, startDays: -30, validDays: 180 },
  { key: 'aoti-opening', station: 'cy-aoti', title: '开业特惠饮品', priceCents: 100, originalPriceCents: 800, startDays: -30, validDays: -1 },
  { key: 'aoti-winter-dumplings', station: 'cy-aoti', title: '冬至饺子套餐', priceCents: 1500, originalPriceCents: 2600, startDays: 7, validDays: 21 },
];

/** Recent check-ins of the demo workers (days ago, local hour). */
const VISITS: { key: string; worker: string; station: string; daysAgo: number; hour: number }[] = [
  { key: 'wq-1', worker: 'wang-qiang', station: 'cy-wangjing', daysAgo: 1, hour: 12 },
  { key: 'wq-2', worker: 'wang-qiang', station: 'cy-sanlitun', daysAgo: 2, hour: 23 },
  { key: 'wq-3', worker: 'wang-qiang', station: 'cy-aoti', daysAgo: 3, hour: 13 },
  { key: 'ln-1', worker: 'li-na', station: 'hd-zhongguancun', daysAgo: 1, hour: 14 },
  { key: 'zw-1', worker: 'zhang-wei', station: 'cy-guomao', daysAgo: 2, hour: 10 },
  { key: 'ly-1', worker: 'liu-yang', station: 'ft-lize', daysAgo: 1, hour: 3 },
  { key: 'cj-1', worker: 'chen-jing', station: 'cy-wangjing', daysAgo: 1, hour: 20 },
  { key: 'zl-1', worker: 'zhao-lei', station: 'tz-canal', daysAgo: 4, hour: 9 },
  { key: 'hz-hj-1', worker: 'hz-huang-jun', station: 'hz-sandong', daysAgo: 1, hour: 13 },
  { key: 'hz-hj-2', worker: 'hz-huang-jun', station: 'hz-sandong', daysAgo: 3, hour: 22 },
  { key: 'hz-lf-1', worker: 'hz-lin-fang', station: 'hz-shuianchen', daysAgo: 2, hour: 12 },
  { key: 'hz-xm-1', worker: 'hz-xu-ming', station: 'hz-boluo', daysAgo: 5, hour: 10 },
  { key: 'nt-zh-1', worker: 'nt-zhou-hai', station: 'nt-haotong-airport', daysAgo: 1, hour: 6 },
  { key: 'nt-gp-1', worker: 'nt-gu-ping', station: 'nt-haotong-chongchuan', daysAgo: 2, hour: 14 },
  { key: 'zz-ml-1', worker: 'zz-ma-li', station: 'zz-huayuanlu', daysAgo: 1, hour: 12 },
  { key: 'zz-zg-1', worker: 'zz-zhao-gang', station: 'zz-jiansheru', daysAgo: 1, hour: 21 },
];

/**
 * Loads the demo data; each group (stations, offers, visits) is checked on its own, so a
 * database seeded by an earlier version gets the groups it lacks. Ids are stable so other
 * services' demo data can point at them.
 */
export async function seedDemo(db: Database, log: Logger): Promise<void> {
  const now = new Date();
  // Row by row: a database seeded by an earlier version (Beijing only) gets the cities it lacks.
  const missing = async <T extends { key: string }>(entity: typeof StationEntity | typeof MerchantOfferEntity | typeof StationVisitEntity, rows: T[], id: (key: string) => string) => {
    const found = await db.manager.find(entity, { select: { id: true }, where: { id: In(rows.map((r) => id(r.key))) } });
    const have = new Set(found.map((r) => r.id));
    return rows.filter((r) => !have.has(id(r.key)));
  };
  const stations = await missing(StationEntity, STATIONS, stationId);
  const offers = await missing(MerchantOfferEntity, OFFERS, (key) => nameId(`demo:offer:${key}`));
  const visits = await missing(StationVisitEntity, VISITS, (key) => nameId(`demo:visit:${key}`));
  if (!stations.length && !offers.length && !visits.length) return;
  await db.transaction(async (em) => {
    for (const s of stations) {
      // Through createStation's rules, as an operator would add it (coordinates GCJ-02).
      const station = validateNewStation({
        name: s.name, kind: s.kind, address: s.address, districtCode: s.district, subdistrict: s.subdistrict, streetCode: s.street,
        location: { lat: s.lat, lng: s.lng, crs: 'GCJ02' }, amenities: s.amenities, open24h: s.open24h ?? false,
        openingHours: s.hours ?? [], capacity: s.capacity, operator: s.operator, contactPhone: s.phone ?? null,
      });
      const { row, amenities } = newStationRows(station, stationId(s.key), now);
      await em.insert(StationEntity, row);
      await em.insert(StationAmenityEntity, amenities);
    }
    if (offers.length) {
      await em.insert(
        MerchantOfferEntity,
        offers.map((o) => ({
          id: nameId(`demo:offer:${o.key}`), stationId: stationId(o.station), title: o.title, priceCents: o.priceCents,
          originalPriceCents: o.originalPriceCents, startsAt: new Date(now.getTime() + o.startDays * DAY_MS),
          validUntil: o.validDays === null ? null : new Date(now.getTime() + o.validDays * DAY_MS), withdrawnAt: null, createdAt: now, updatedAt: now,
        })),
      );
    }
    const districtOf = new Map(STATIONS.map((s) => [stationId(s.key), s.district]));
    for (const v of visits) {
      const at = beijingTimeOn(now, -v.daysAgo, v.hour);
      const row = { id: nameId(`demo:visit:${v.key}`), stationId: stationId(v.station), workerId: workerId(v.worker), at, idempotencyKey: `demo-${v.key}`, createdAt: now };
      await em.insert(StationVisitEntity, row);
      await addToDay(em, row.stationId, districtOf.get(row.stationId)!, visitDay(at));
    }
  });
  log.info({ stations: stations.length, offers: offers.length, visits: visits.length }, 'demo data loaded');
}
