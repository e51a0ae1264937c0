import { nameId, type Database, type Logger } from '@nef/kit';
import type { CourseDraft } from './domain/course-input';
import { enrollIn } from './enroll';
import { Course, CourseSession, type CourseRow, type CourseSessionRow } from './entities';

const courseId = (key: string) => nameId(`demo:course:${key}`);
const stationId = (key: string) => nameId(`demo:station:${key}`);
const workerId = (key: string) => nameId(`demo:worker:${key}`);

/** Beijing has no daylight saving: local time is always UTC+8. */
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** `days` from today (Beijing calendar) at hh:mm Beijing time, as an instant. */
function beijingAt(from: Date, days: number, hh: number, mm: number): Date {
  const local = new Date(from.getTime() + BEIJING_OFFSET_MS);
  return new Date(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, hh, mm) - BEIJING_OFFSET_MS,
  );
}

interface DemoCourse {
  key: string;
  course: CourseDraft;
  /** Days from the seeding date, and the local start and end times. */
  sessions: { day: number; from: [number, number]; to: [number, number]; station?: string; url?: string }[];
  learners: string[];
}

const EVENING: Pick<DemoCourse['sessions'][number], 'from' | 'to'> = { from: [20, 0], to: [21, 30] };

const DEMO: DemoCourse[] = [
  {
    key: 'ebike-safety',
    course: {
      title: '电动自行车安全骑行',
      category: 'SAFETY',
      mode: 'OFFLINE',
      provider: '朝阳区总工会',
      description: '交通法规、头盔与电池安全、恶劣天气骑行要点；夜校形式，下班后在骑手之家上课。E-bike road safety night class.',
      districtCode: '110105',
      minLearners: 10,
      capacity: 30,
      certificateName: null,
      subsidyCents: 0,
      priceCents: 0,
      requiredSessions: null,
    },
    sessions: [3, 10, 17].map((day) => ({ day, ...EVENING, station: 'cy-wangjing' })),
    learners: ['wang-qiang', 'chen-jing'],
  },
  {
    key: 'delivery-qualification',
    course: {
      title: '网约配送员职业技能等级认定',
      category: 'VOCATIONAL_QUALIFICATION',
      mode: 'HYBRID',
      provider: '海淀区职业技能培训中心',
      description: '网约配送员（四级）培训与认定：理论课可线上参加，实操与考核在驿站进行。',
      districtCode: '110108',
      minLearners: 10,
      capacity: 40,
      certificateName: '网约配送员（四级）',
      subsidyCents: 0,
      priceCents: 0,
      requiredSessions: 3,
    },
    sessions: [
      { day: 5, ...EVENING, station: 'hd-zhongguancun', url: 'https://ketang.example.org/live/delivery-l4-1' },
      { day: 12, ...EVENING, station: 'hd-zhongguancun', url: 'https://ketang.example.org/live/delivery-l4-2' },
      { day: 19, ...EVENING, station: 'hd-zhongguancun', url: 'https://ketang.example.org/live/delivery-l4-3' },
      { day: 26, from: [14, 0], to: [17, 0], station: 'hd-zhongguancun' },
    ],
    learners: ['li-na'],
  },
  {
    key: 'livestream-commerce',
    course: {
      title: '直播电商入门',
      category: 'DIGITAL_COMMERCE',
      mode: 'ONLINE',
      provider: '北京市总工会职工服务中心',
      description: '云课堂：选品、短视频与直播基础，适合想拓展副业的新就业形态劳动者。',
      districtCode: null,
      minLearners: 20,
      capacity: 200,
      certificateName: null,
      subsidyCents: 0,
      priceCents: 0,
      requiredSessions: null,
    },
    sessions: [4, 11].map((day) => ({
      day,
      from: [20, 0] as [number, number],
      to: [21, 0] as [number, number],
      url: `https://ketang.example.org/live/livestream-commerce-${day}`,
    })),
    learners: [],
  },
  {
    key: 'open-university',
    course: {
      title: '开放大学学历提升',
      category: 'DEGREE_EDUCATION',
      mode: 'ONLINE',
      provider: '北京开放大学',
      description: '大专、本科学历教育，线上学习；工会会员可享学费补贴。',
      districtCode: null,
      minLearners: 20,
      capacity: 500,
      certificateName: '北京开放大学毕业证书',
      subsidyCents: 300000,
      priceCents: 480000,
      requiredSessions: null,
    },
    sessions: [{ day: 14, ...EVENING, url: 'https://ketang.example.org/ouchn/orientation' }],
    learners: ['zhang-wei'],
  },
];

/**
 * The demo catalogue: four Beijing courses with sessions in the coming weeks (relative to
 * the seeding time, so they are upcoming) and a few demo workers enrolled. Loads once.
 */
export async function seedDemo(db: Database, log: Logger): Promise<void> {
  const now = new Date();
  const loaded = await db.transaction(async (em) => {
    if (await em.findOne(Course, { where: { id: courseId(DEMO[0]!.key) } })) return false;
    for (const demo of DEMO) {
      const row: CourseRow = { id: courseId(demo.key), ...demo.course, status: 'PLANNED', createdAt: now, updatedAt: now };
      await em.insert(Course, row);
      const sessions: CourseSessionRow[] = demo.sessions.map((s, i) => ({
        id: nameId(`demo:course-session:${demo.key}:${i + 1}`),
        courseId: row.id,
        startsAt: beijingAt(now, s.day, ...s.from),
        endsAt: beijingAt(now, s.day, ...s.to),
        stationId: s.station ? stationId(s.station) : null,
        onlineUrl: s.url ?? null,
      }));
      if (sessions.length) await em.insert(CourseSession, sessions);
      for (const learner of demo.learners) await enrollIn(em, db.lockMode, row.id, workerId(learner));
    }
    return true;
  });
  if (loaded) log.info({ courses: DEMO.length }, 'demo courses loaded');
}
