import { convert, nameId, type Database, type Logger } from '@nef/kit';
import { Report, type ReportRow } from './entities';
import { appendEntry } from './domain/ledger';
import type { ReportCategory, ReportStatus } from './domain/vocabulary';

/** Points a report earns when a reviewer accepts it. */
export const DEMO_ACCEPT_POINTS = 10;

const WORKERS = {
  'wang-qiang': 'MEITUAN',
  'li-na': 'ELEME',
  'zhang-wei': 'SF_EXPRESS',
  'chen-jing': 'MEITUAN',
  'liu-yang': 'DIDI',
} as const;
type WorkerKey = keyof typeof WORKERS;

interface DemoReport {
  key: string;
  reporter: WorkerKey;
  category: ReportCategory;
  description: string;
  /** GCJ-02, as a phone map app shows it. */
  at: { lat: number; lng: number };
  district: string;
  photos: number;
  status: ReportStatus;
  submitted: string;
  reviewed?: string;
  resolved?: string;
  note?: string;
  externalRef?: string;
  duplicateOf?: string;
}

const REPORTS: DemoReport[] = [
  {
    key: 'tuanjiehu-stairwell-ebike',
    reporter: 'wang-qiang',
    category: 'EBIKE_INDOOR_CHARGING',
    description: '团结湖小区12号楼2单元楼道内有三辆电动自行车飞线充电，堵住了楼梯口。',
    at: { lat: 39.9305, lng: 116.4622 },
    district: '110105',
    photos: 2,
    status: 'ACCEPTED',
    submitted: '2026-11-18T21:40:00+08:00',
    reviewed: '2026-11-19T09:15:00+08:00',
  },
  {
    key: 'zhongguancun-fire-exit',
    reporter: 'li-na',
    category: 'BLOCKED_FIRE_EXIT',
    description: '中关村大街一商场后侧消防通道被外卖餐箱和杂物堵塞，安全出口门被锁。',
    at: { lat: 39.9836, lng: 116.3162 },
    district: '110108',
    photos: 3,
    status: 'DISPATCHED',
    submitted: '2026-11-15T12:20:00+08:00',
    reviewed: '2026-11-15T14:05:00+08:00',
    externalRef: '12345-2026-08817',
  },
  {
    key: 'sanlitun-streetlight',
    reporter: 'zhang-wei',
    category: 'INFRASTRUCTURE',
    description: '三里屯北小街路灯连续三晚不亮，夜间送件看不清路面。',
    at: { lat: 39.9347, lng: 116.4551 },
    district: '110105',
    photos: 1,
    status: 'RESOLVED',
    submitted: '2026-11-10T22:05:00+08:00',
    reviewed: '2026-11-11T08:30:00+08:00',
    resolved: '2026-11-13T16:00:00+08:00',
    note: '街道已更换灯具，经巡查确认恢复照明。',
    externalRef: '12345-2026-08502',
  },
  {
    key: 'guomao-crossing',
    reporter: 'chen-jing',
    category: 'TRAFFIC_SAFETY',
    description: '国贸桥东北角非机动车道被施工围挡占用，骑手只能借机动车道通行。',
    at: { lat: 39.9087, lng: 116.4605 },
    district: '110105',
    photos: 1,
    status: 'SUBMITTED',
    submitted: '2026-11-21T08:10:00+08:00',
  },
  {
    key: 'guomao-crossing-again',
    reporter: 'wang-qiang',
    category: 'TRAFFIC_SAFETY',
    description: '国贸桥下施工围挡挤占非机动车道，早高峰险些与公交车剐蹭。',
    at: { lat: 39.9088, lng: 116.4607 },
    district: '110105',
    photos: 0,
    status: 'SUBMITTED',
    submitted: '2026-11-21T08:45:00+08:00',
  },
  {
    key: 'lize-cardboard',
    reporter: 'liu-yang',
    category: 'FIRE_HAZARD',
    description: '丽泽桥附近配电箱旁堆满废纸箱，旁边还有人吸烟。',
    at: { lat: 39.865, lng: 116.318 },
    district: '110106',
    photos: 1,
    status: 'ACCEPTED',
    submitted: '2026-11-20T19:30:00+08:00',
    reviewed: '2026-11-21T10:00:00+08:00',
  },
  {
    key: 'haidian-manhole',
    reporter: 'li-na',
    category: 'INFRASTRUCTURE',
    description: '海淀黄庄地铁站C口附近井盖缺失，已临时放了锥桶。',
    at: { lat: 39.979, lng: 116.308 },
    district: '110108',
    photos: 2,
    status: 'RESOLVED',
    submitted: '2026-11-12T07:50:00+08:00',
    reviewed: '2026-11-12T08:20:00+08:00',
    resolved: '2026-11-12T15:30:00+08:00',
    note: '排水集团已补装井盖。',
    externalRef: '12345-2026-08611',
  },
  {
    key: 'tuanjiehu-stairwell-ebike-again',
    reporter: 'zhang-wei',
    category: 'EBIKE_INDOOR_CHARGING',
    description: '团结湖12号楼楼道电动车充电，插线板挂在暖气管上。',
    at: { lat: 39.93052, lng: 116.46222 },
    district: '110105',
    photos: 1,
    status: 'DUPLICATE',
    submitted: '2026-11-19T07:30:00+08:00',
    reviewed: '2026-11-19T09:20:00+08:00',
    duplicateOf: 'tuanjiehu-stairwell-ebike',
  },
];

const reportId = (key: string) => nameId(`demo:report:${key}`);
const workerId = (key: WorkerKey) => nameId(`demo:worker:${key}`);
/** Statuses a reviewer reached by accepting the report, which is when points are paid. */
const ACCEPTED_PATH: ReportStatus[] = ['ACCEPTED', 'DISPATCHED', 'RESOLVED'];

/** Beijing hazard reports by the demo workers, with the points their accepted reports earned. */
export async function seedDemo(db: Database, log: Logger): Promise<void> {
  const seeded = await db.transaction(async (em) => {
    if (await em.findOne(Report, { where: { id: reportId(REPORTS[0]!.key) } })) return false;
    const rows = REPORTS.map(toRow);
    await em.insert(Report, rows);
    // Paid in review order so each entry's balanceAfter follows from the one before.
    const accepted = rows.filter((r) => ACCEPTED_PATH.includes(r.status)).sort((a, b) => +a.reviewedAt! - +b.reviewedAt!);
    for (const r of accepted) {
      await appendEntry(em, db, {
        workerId: r.reporterId,
        delta: DEMO_ACCEPT_POINTS,
        reason: 'REPORT_ACCEPTED',
        reference: r.id,
        at: r.reviewedAt!,
      });
    }
    return true;
  });
  if (seeded) log.info({ reports: REPORTS.length }, 'demo reports loaded');
}

function toRow(d: DemoReport): ReportRow {
  const wgs = convert(d.at, 'GCJ02', 'WGS84');
  const id = reportId(d.key);
  return {
    id,
    reporterId: workerId(d.reporter),
    reporterPlatform: WORKERS[d.reporter],
    idempotencyKey: null,
    category: d.category,
    description: d.description,
    lat: wgs.lat,
    lng: wgs.lng,
    districtCode: d.district,
    photoUrls: JSON.stringify(
      Array.from({ length: d.photos }, (_, i) => `https://files.example.org/nef/reports/${d.key}-${i + 1}.jpg`),
    ),
    status: d.status,
    duplicateOf: d.duplicateOf ? reportId(d.duplicateOf) : null,
    submittedAt: new Date(d.submitted),
    reviewedAt: d.reviewed ? new Date(d.reviewed) : null,
    resolvedAt: d.resolved ? new Date(d.resolved) : null,
    resolutionNote: d.note ?? null,
    externalRef: d.externalRef ?? null,
    pointsAwarded: ACCEPTED_PATH.includes(d.status) ? DEMO_ACCEPT_POINTS : 0,
  };
}
