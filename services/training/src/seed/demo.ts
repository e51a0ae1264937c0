import { beijingTimeOn, nameId, type Database, type Logger } from '@nef/kit';
import { enrollIn } from '../commands/enroll';
import {
  Attendance,
  Course,
  CourseRequest,
  CourseRequestVote,
  CourseSession,
  Enrollment,
  type CourseCategory,
  type CourseRow,
  type CourseSessionRow,
  type EnrollmentRow,
} from '../entities';
import { maskName } from '../rules/certificate';
import type { MembershipAnswer } from '../rules/subsidy';
import { settings } from '../settings';
import type { CourseDraft } from '../rules/course-input';
import { demandKey, normaliseTopic } from '../rules/course-request';

const courseId = (key: string) => nameId(`demo:course:${key}`);
const stationId = (key: string) => nameId(`demo:station:${key}`);
const workerId = (key: string) => nameId(`demo:worker:${key}`);

/**
 * The demo workers the union's demo data makes ACTIVE members, all of the Chaoyang district
 * union (ids by the same names the union's demo uses). The demo's subsidised seats are granted
 * as if the union had answered so, through the same ledger as enrolments made through the API.
 */
const DEMO_MEMBERS = new Set(['wang-qiang', 'zhang-wei', 'chen-jing']);
const demoMembership = (learner: string): MembershipAnswer =>
  DEMO_MEMBERS.has(learner)
    ? { member: true, branchId: nameId('demo:branch:chaoyang'), branchDistrictCode: '110105' }
    : { member: false, branchId: null, branchDistrictCode: null };

interface DemoCourse {
  key: string;
  course: CourseDraft;
  /** Days from the seeding date, and the local start and end times. */
  sessions: { day: number; from: [number, number]; to: [number, number]; station?: string; url?: string }[];
  learners: string[];
}

const EVENING: Pick<DemoCourse['sessions'][number], 'from' | 'to'> = { from: [20, 0], to: [21, 30] };

export const DEMO: DemoCourse[] = [
  {
    key: 'ebike-safety',
    course: {
      title: '电动自行车安全骑行',
      category: 'SAFETY',
      mode: 'OFFLINE',
      provider: '朝阳区总工会',
      description: '交通法规、头盔与电池安全、恶劣天气骑行要点；夜校形式，下班后在骑手之家上课。E-bike road safety night class.',
      districtCode: '110105',
      streetCode: null,
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
      streetCode: null,
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
      streetCode: null,
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
      streetCode: null,
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
  // Huizhou, Nantong and Zhengzhou: courses at the stations of the stations service's demo, each
  // with the street it is held in where the station names one.
  {
    key: 'hz-safe-driving',
    course: {
      title: '网约车安全驾驶与应急处置',
      category: 'SAFETY',
      mode: 'OFFLINE',
      provider: '惠州市总工会',
      description:
        '防御性驾驶、疲劳驾驶防范、车辆故障与交通事故应急处置；在惠城区三栋镇竹仔园翠竹五路的惠州市网约车司机服务中心（300平方米，可休息、充电、用餐）会议室上课，面向全市2万余名网约车司机。',
      districtCode: '441302',
      streetCode: '441302103',
      minLearners: 10,
      capacity: 40,
      certificateName: null,
      subsidyCents: 0,
      priceCents: 0,
      requiredSessions: null,
    },
    sessions: [6, 13].map((day) => ({ day, ...EVENING, station: 'hz-sandong' })),
    learners: ['hz-huang-jun'],
  },
  {
    key: 'hz-labour-rights',
    course: {
      title: '劳动权益与工伤保险',
      category: 'LEGAL',
      mode: 'OFFLINE',
      provider: '博罗县新就业形态劳动者法律援助工作站',
      description: '劳动关系认定、职业伤害保障与工伤保险申报、劳动争议调解与法律援助申请；律师现场答疑。',
      districtCode: '441322',
      streetCode: null,
      minLearners: 5,
      capacity: 30,
      certificateName: null,
      subsidyCents: 0,
      priceCents: 0,
      requiredSessions: null,
    },
    sessions: [{ day: 8, from: [14, 30], to: [16, 30], station: 'hz-boluo' }],
    learners: ['hz-lin-fang'],
  },
  {
    key: 'zz-night-riding',
    course: {
      title: '电动车安全骑行与夜间防护',
      category: 'SAFETY',
      mode: 'OFFLINE',
      provider: '郑州市总工会',
      description:
        '电动车安全骑行、夜间反光与照明、雨雪天气防护与中暑急救；在金水区花园路户外劳动者驿站上课。全市240余个户外劳动者驿站和骑手之家每天服务1200余人次，维权咨询请拨工会热线12351。',
      districtCode: '410105',
      streetCode: '410105002',
      minLearners: 10,
      capacity: 30,
      certificateName: null,
      subsidyCents: 0,
      priceCents: 0,
      requiredSessions: null,
    },
    sessions: [2, 9].map((day) => ({ day, ...EVENING, station: 'zz-huayuanlu' })),
    learners: ['zz-ma-li', 'zz-zhao-gang'],
  },
];

interface DemoCompletion {
  learner: string;
  /** The holder's name as the organiser gave it; only its masked form is stored. */
  holderName: string;
  certificateNo: string;
}

interface HeldCourse {
  key: string;
  course: CourseDraft;
  sessions: DemoCourse['sessions'];
  /** Learners who attended every session and completed. */
  completions: DemoCompletion[];
}

/**
 * Classes already held, whose learners attended every session and hold certificates: first aid
 * at Sanlitun two weeks ago, and a legal lecture for ride-hailing drivers at the Nantong airport
 * station ten days ago. Demo numbers use 0 and 1, which real numbers never do.
 */
const FIRST_AID: HeldCourse = {
  key: 'first-aid',
  course: {
    title: '骑手应急救护培训',
    category: 'HEALTH',
    mode: 'OFFLINE',
    provider: '北京市红十字会',
    description: '心肺复苏、止血包扎与交通事故现场处置；两晚课程，考核合格颁发救护员证。',
    districtCode: '110105',
    streetCode: null,
    minLearners: 2,
    capacity: 20,
    certificateName: '应急救护员证',
    subsidyCents: 0,
    priceCents: 0,
    requiredSessions: null,
  } satisfies CourseDraft,
  sessions: [-14, -13].map((day) => ({ day, ...EVENING, station: 'cy-sanlitun' })),
  completions: [
    { learner: 'wang-qiang', holderName: '王强', certificateNo: 'TRN-DEMO000000000001' },
    { learner: 'chen-jing', holderName: '陈静', certificateNo: 'TRN-DEMO000000000002' },
  ] satisfies DemoCompletion[],
};

const NT_LEGAL_LECTURE: HeldCourse = {
  key: 'nt-legal-lecture',
  course: {
    title: '网约车司机法律知识讲座',
    category: 'LEGAL',
    mode: 'OFFLINE',
    provider: '南通市总工会',
    description:
      '面向全市25392名持证网约车司机：劳动合同与平台规则、交通事故责任与理赔、劳动争议调解（好通驿站法律服务台已化解劳动与事故纠纷45件）；讲座在兴东机场网约车候客区旁的好通驿站举行。',
    districtCode: '320612',
    streetCode: '320612002',
    minLearners: 1,
    capacity: 60,
    certificateName: '网约车司机法律知识讲座结业证书',
    subsidyCents: 0,
    priceCents: 0,
    requiredSessions: null,
  },
  sessions: [{ day: -10, from: [15, 0], to: [17, 0], station: 'nt-haotong-airport' }],
  completions: [{ learner: 'nt-zhou-hai', holderName: '周海', certificateNo: 'TRN-DEMO000000000003' }],
};

export const HELD: HeldCourse[] = [FIRST_AID, NT_LEGAL_LECTURE];

/** Workers asking for classes ("点单"): counts below the threshold, so not yet open demand. */
const REQUESTS: { key: string; topic: string; category: CourseCategory; districtCode: string; workers: string[] }[] = [
  { key: 'ebike-repair', topic: '电动车维修', category: 'SKILLS', districtCode: '110105', workers: ['wang-qiang', 'zhang-wei', 'chen-jing'] },
  { key: 'truck-safety', topic: '货车安全驾驶复训', category: 'SAFETY', districtCode: '110112', workers: ['zhao-lei'] },
  { key: 'hz-ev-care', topic: '新能源网约车充电与保养', category: 'SKILLS', districtCode: '441302', workers: ['hz-huang-jun', 'hz-lin-fang', 'hz-xu-ming'] },
];

function sessionRows(key: string, courseId: string, now: Date, sessions: DemoCourse['sessions']): CourseSessionRow[] {
  return sessions.map((s, i) => ({
    id: nameId(`demo:course-session:${key}:${i + 1}`),
    courseId,
    startsAt: beijingTimeOn(now, s.day, ...s.from),
    endsAt: beijingTimeOn(now, s.day, ...s.to),
    stationId: s.station ? stationId(s.station) : null,
    onlineUrl: s.url ?? null,
  }));
}

/**
 * The demo data set: four upcoming Beijing courses and one in each of Huizhou's 惠城区 and
 * 博罗县 and Zhengzhou's 金水区, with a few demo workers enrolled; a class already held with
 * certificates in Beijing and one in Nantong; course requests in Beijing and Huizhou. Session
 * times are relative to the seeding time. Each group loads once: a database seeded by an
 * earlier version gets the groups it lacks.
 */
export async function seedDemo(db: Database, log: Logger): Promise<void> {
  const now = new Date();
  const loaded = await db.transaction(async (em) => {
    const added: string[] = [];
    for (const demo of DEMO) {
      if (await em.findOne(Course, { where: { id: courseId(demo.key) }, select: { id: true } })) continue;
      const row: CourseRow = { id: courseId(demo.key), ...demo.course, status: 'PLANNED', createdAt: now, updatedAt: now };
      await em.insert(Course, row);
      const sessions = sessionRows(demo.key, row.id, now, demo.sessions);
      if (sessions.length) await em.insert(CourseSession, sessions);
      for (const learner of demo.learners) {
        await enrollIn(em, db.lockMode, row.id, workerId(learner), now, { membership: demoMembership(learner), capCents: settings.subsidyCapCents });
      }
      added.push(demo.key);
    }

    for (const held of HELD) {
      if (await em.findOne(Course, { where: { id: courseId(held.key) }, select: { id: true } })) continue;
      const createdAt = beijingTimeOn(now, -30, 10, 0);
      const row: CourseRow = { id: courseId(held.key), ...held.course, status: 'CONFIRMED', createdAt, updatedAt: createdAt };
      await em.insert(Course, row);
      const sessions = sessionRows(held.key, row.id, now, held.sessions);
      await em.insert(CourseSession, sessions);
      const completedAt = sessions[sessions.length - 1]!.endsAt;
      for (const c of held.completions) {
        const enrollment: EnrollmentRow = {
          id: nameId(`demo:enrollment:${held.key}:${c.learner}`),
          courseId: row.id,
          workerId: workerId(c.learner),
          status: 'COMPLETED',
          enrolledAt: createdAt,
          seatedAt: createdAt,
          completedAt,
          certificateNo: c.certificateNo,
          holderNameMasked: maskName(c.holderName),
          updatedAt: completedAt,
        };
        await em.insert(Enrollment, enrollment);
        await em.insert(
          Attendance,
          sessions.map((s) => ({
            id: nameId(`demo:attendance:${s.id}:${c.learner}`),
            enrollmentId: enrollment.id,
            sessionId: s.id,
            recordedAt: s.startsAt,
          })),
        );
      }
      added.push(held.key);
    }

    for (const r of REQUESTS) {
      const id = nameId(`demo:course-request:${r.key}`);
      if (await em.findOne(CourseRequest, { where: { id }, select: { id: true } })) continue;
      const { display, key } = normaliseTopic(r.topic);
      await em.insert(CourseRequest, {
        id,
        topic: display,
        category: r.category,
        districtCode: r.districtCode,
        openKey: demandKey(r.districtCode, r.category, key),
        requests: r.workers.length,
        openedAt: null,
        fulfilledByCourseId: null,
        fulfilledAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(
        CourseRequestVote,
        r.workers.map((w) => ({ id: nameId(`demo:course-request-vote:${r.key}:${w}`), requestId: id, workerId: workerId(w), createdAt: now })),
      );
      added.push(`request:${r.key}`);
    }
    return added;
  });
  if (loaded.length) log.info({ added: loaded }, 'demo training data loaded');
}
