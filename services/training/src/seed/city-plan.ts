import { createHash } from 'node:crypto';
import { DAY_MS, MINUTE_MS, beijingTimeOn, nameId } from '@nef/kit';
import {
  areaStreetCodes,
  CHAOYANG_AREA,
  CITY,
  generatedStationId,
  generatedWorker,
  itemRandom,
  weightedPick,
  type Area,
  type GeneratedWorker,
} from '@nef/kit/seed';
import type {
  AttendanceRow,
  CourseCategory,
  CourseMode,
  CourseRequestRow,
  CourseRequestVoteRow,
  CourseRow,
  CourseSessionRow,
  EnrollmentRow,
} from '../entities';
import { attendanceRefusal, completionRefusal, missingAttendance, requiredAttendance } from '../rules/attendance';
import { seatFor } from '../rules/capacity';
import { maskName, newCertificateNumber } from '../rules/certificate';
import { enrollmentStatusOnCancel, statusAfterEnrollment } from '../rules/course-status';
import { demandKey, normaliseTopic } from '../rules/course-request';
import { subsidyAvailable } from '../rules/subsidy';
import { dropOutcome, promotions, waitlistOrder } from '../rules/waitlist';

/**
 * The plan of the training share of a generated data set: a year of night school in one
 * district (the city's, or one area of the national set), made of the same rows the API would
 * have left behind, decided by the service's own rules. Everything is drawn from `itemRandom`
 * streams keyed by the seed and an index, and ids are name-based, so the same seed and counts
 * give the same rows (ids included) on any machine, and a rerun finds the batches it already wrote.
 */

/** Separate streams for separate decisions, so adding one never shifts another. */
const SALT = { course: 301, cityWide: 302, worker: 303, simulate: 304, simulateCityWide: 308, topic: 305, vote: 306, request: 307, street: 309 } as const;

/** At city scale: about 600 district courses, some city-wide ones, and the workers' requests. */
export const CITY_TRAINING = { courses: 600, cityWideCourses: 40, requestVotes: 5_000 } as const;

const CATEGORY_WEIGHTS: Record<CourseCategory, number> = {
  SAFETY: 20,
  SKILLS: 18,
  VOCATIONAL_QUALIFICATION: 14,
  DIGITAL_COMMERCE: 10,
  HEALTH: 9,
  LEGAL: 8,
  CAREER_PLANNING: 8,
  DEGREE_EDUCATION: 5,
  OTHER: 8,
};

const MODE_WEIGHTS: Record<CourseMode, number> = { OFFLINE: 55, HYBRID: 20, ONLINE: 25 };

/** What night schools teach, per category; course requests ask for the same topics and a few more. */
export const COURSE_TOPICS: Record<CourseCategory, readonly string[]> = {
  VOCATIONAL_QUALIFICATION: ['网约配送员职业技能等级认定', '快递员职业技能等级认定', '网约车驾驶员从业资格培训', '低压电工作业证培训', '养老护理员技能培训', '中式烹调师（五级）'],
  SKILLS: ['电动车维修保养', '智能手机实用技巧', '短视频拍摄与剪辑', '普通话与沟通技巧', '办公软件入门', '家电维修入门'],
  DEGREE_EDUCATION: ['学历提升：大专（开放教育）', '学历提升：专升本', '成人高考辅导'],
  CAREER_PLANNING: ['职业规划与转型', '创业入门', '求职简历与面试'],
  DIGITAL_COMMERCE: ['电商直播入门', '社区团购运营', '网店开设与运营'],
  SAFETY: ['电动自行车安全骑行', '交通事故现场处置', '急救与心肺复苏', '消防安全常识', '防暑降温与冬季防寒'],
  HEALTH: ['颈腰椎保健', '心理健康与压力调适', '职业病预防', '健康饮食'],
  LEGAL: ['劳动合同与权益保护', '工伤认定与保险', '交通事故法律常识', '社保与个税常识'],
  OTHER: ['摄影入门', '书法兴趣班', '亲子教育讲座', '城市生活服务指南'],
};

/** Topics workers ask for that no generated course teaches: open demand that stays open. */
const DEMAND_ONLY_TOPICS: readonly [string, CourseCategory][] = [
  ['无人机驾驶员培训', 'VOCATIONAL_QUALIFICATION'],
  ['新能源汽车维修', 'SKILLS'],
  ['送餐英语口语', 'SKILLS'],
  ['货车驾照增驾（B2）', 'VOCATIONAL_QUALIFICATION'],
  ['个人理财入门', 'OTHER'],
  ['夜间骑行安全', 'SAFETY'],
];

/**
 * Who runs the courses, as names of the district's and its city's bodies: `{county}` is the
 * district's name (朝阳区), `{city}` its city's (北京市), and the short forms drop the suffix
 * (朝阳, 北京) where the body's usual name does.
 */
const PROVIDERS: Record<CourseCategory, readonly string[]> = {
  VOCATIONAL_QUALIFICATION: ['{county}职业技能培训中心', '{city}职业技能鉴定指导中心', '{county}总工会'],
  SKILLS: ['{county}总工会', '{county}职业技能培训中心', '{county}社区学院'],
  DEGREE_EDUCATION: ['{cityShort}开放大学', '{city}总工会职工大学'],
  CAREER_PLANNING: ['{county}人力资源公共服务中心', '{county}总工会'],
  DIGITAL_COMMERCE: ['{county}电子商务协会', '{city}总工会职工服务中心'],
  SAFETY: ['{county}总工会', '{county}应急管理局', '{city}红十字会', '{countyShort}交通支队'],
  HEALTH: ['{county}疾病预防控制中心', '{city}红十字会', '{county}总工会'],
  LEGAL: ['{county}法律援助中心', '{county}总工会'],
  OTHER: ['{county}文化馆', '{county}社区学院', '{county}总工会'],
};

/** Who runs the city-wide (online) courses: the city's bodies. */
const CITY_WIDE_PROVIDERS: readonly string[] = ['{city}总工会', '{city}总工会职工大学', '{cityShort}开放大学'];

/** A provider's name in the area: 朝阳区总工会 in Chaoyang, 天河区总工会 in Tianhe. */
function providerIn(area: Area, template: string): string {
  return template
    .replace('{countyShort}', area.name.replace(/[区县市]$/u, ''))
    .replace('{county}', area.name)
    .replace('{cityShort}', area.city.replace(/市$/u, ''))
    .replace('{city}', area.city);
}

const CERTIFICATES: Partial<Record<CourseCategory, readonly string[]>> = {
  VOCATIONAL_QUALIFICATION: ['职业技能等级证书（五级）', '职业技能等级证书（四级）', '特种作业操作证'],
  DEGREE_EDUCATION: ['结业证书'],
  SKILLS: ['培训合格证书'],
  SAFETY: ['应急救护员证', '安全培训合格证'],
  HEALTH: ['培训合格证书'],
};

/** How often a course of the category awards a certificate. */
const CERTIFICATE_ODDS: Record<CourseCategory, number> = {
  VOCATIONAL_QUALIFICATION: 1,
  DEGREE_EDUCATION: 1,
  SKILLS: 0.4,
  SAFETY: 0.5,
  HEALTH: 0.3,
  LEGAL: 0,
  CAREER_PLANNING: 0,
  DIGITAL_COMMERCE: 0,
  OTHER: 0,
};

/** Sign-ups per seat offered: evening classes at stations are sought after, big online classes less so. */
const DEMAND: Record<CourseMode, number> = { OFFLINE: 1.2, HYBRID: 1.0, ONLINE: 0.45 };

const ONLINE_HOST = 'https://ketang.example.org';

/** What the city data set is made of; every count defaults to the city's in proportion to `workers`. */
export interface PlanOptions {
  seed: number;
  /** Workers who may enrol: generated workers 0..workers-1 (default CITY.workers). */
  workers?: number;
  /** Courses of the city's district; default 600 at 100,000 workers, in proportion below. */
  courses?: number;
  /** City-wide (online, no district) courses; default 40 at 100,000 workers, in proportion below. */
  cityWideCourses?: number;
  /** Workers' requests for classes (votes); default 5,000 at 100,000 workers, in proportion below. */
  requestVotes?: number;
  /** In-person sessions are held at generated stations 0..stations-1 (default CITY.stations). */
  stations?: number;
  /** The end of the generated year. */
  now: Date;
  /** The yearly subsidy cap the enrolments respect (the service's setting). */
  subsidyCapCents: number;
  /** Requests at which a course request is open demand (the service's setting). */
  requestThreshold: number;
}

export interface PlannedCourse {
  course: CourseRow;
  sessions: CourseSessionRow[];
  enrollments: EnrollmentRow[];
  attendances: AttendanceRow[];
}

export interface PlannedRequest {
  request: CourseRequestRow;
  votes: CourseRequestVoteRow[];
}

export interface Plan {
  courses: PlannedCourse[];
  requests: PlannedRequest[];
}

/** The counts an option defaults to for a number of workers (city scale at 100,000). */
export function scaled(cityValue: number, workers: number, min: number): number {
  return Math.max(min, Math.round((cityValue * workers) / CITY.workers));
}

/**
 * Where a plan's rows go and how they are named: the city's district (Chaoyang), or one area of
 * the national data set. The plan's own draws (courses, sign-ups, requests) come from streams
 * keyed by `drawSeed`: the seed itself in the city, so that its rows stay as they always were,
 * and the seed mixed with the area's code nationally, so that no two areas draw the same courses.
 */
interface Place {
  drawSeed: number;
  area: Area;
  /** How many stations in-person sessions are held at, and the id of the k-th (0-based). */
  stationCount: number;
  stationId: (k: number) => string;
  /** The streets a district course names, or null: city courses name none, as before streets existed. */
  streets: readonly string[] | null;
  /** The tag of the generated online classrooms (`g42` in the city). */
  live: string;
  idOf: (what: string) => string;
}

function cityPlace(seed: number, stations: number): Place {
  return {
    drawSeed: seed,
    area: CHAOYANG_AREA,
    stationCount: stations,
    stationId: (k) => generatedStationId('city', seed, k),
    streets: null,
    live: `g${seed}`,
    idOf: (what) => nameId(`generated:city:${seed}:training:${what}`),
  };
}

/** The seed of an area's own draws in the national data set. */
function areaDrawSeed(seed: number, area: Area): number {
  return createHash('sha256').update(`generated:national:${seed}:training:${area.code}`).digest().readUInt32BE(0);
}

function areaPlace(seed: number, area: Area, stations: readonly number[]): Place {
  if (stations.length === 0) throw new Error(`no generated national station stands in ${area.code} ${area.name}: its in-person classes have nowhere to meet`);
  return {
    drawSeed: areaDrawSeed(seed, area),
    area,
    stationCount: stations.length,
    stationId: (k) => generatedStationId('national', seed, stations[k]!),
    streets: areaStreetCodes(area),
    live: `n${seed}-${area.code}`,
    idOf: (what) => nameId(`generated:national:${seed}:training:${area.code}:${what}`),
  };
}

/**
 * A certificate number made by `newCertificateNumber`, its characters drawn from the enrolment
 * id instead of the OS (in the alphabet of the kit's `randomCode`), so that they repeat with the seed.
 */
function certificateNumber(enrollmentId: string, attempt: number): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = createHash('sha256').update(`certificate:${enrollmentId}:${attempt}`).digest();
  return newCertificateNumber((n) => Array.from(bytes.subarray(0, n), (b) => alphabet[b & 31]).join(''));
}

interface CourseDraw {
  course: CourseRow;
  topic: string;
  sessions: CourseSessionRow[];
  firstStart: number;
  lastEnd: number;
  /** Relative demand: workers pick courses in proportion to it. */
  weight: number;
  /** When the organisers cancel regardless of sign-ups (rare), or null. */
  organiserCancelAt: number | null;
}

function drawCourse(place: Place, k: number, cityWide: boolean, now: number): CourseDraw {
  const rand = itemRandom(place.drawSeed, k, cityWide ? SALT.cityWide : SALT.course);
  const pickOf = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const id = place.idOf(`${cityWide ? 'citywide' : 'course'}:${k}`);
  const category = weightedPick(rand, CATEGORY_WEIGHTS);
  const modeDraw = weightedPick(rand, MODE_WEIGHTS);
  const mode: CourseMode = cityWide ? 'ONLINE' : category === 'DEGREE_EDUCATION' && modeDraw === 'OFFLINE' ? 'HYBRID' : modeDraw;
  const topic = pickOf(COURSE_TOPICS[category]);
  const createdAt = now - Math.floor(rand() * CITY.days * DAY_MS);

  const capacity =
    mode === 'OFFLINE' ? between(4, 12) * 5 : mode === 'HYBRID' ? between(4, 12) * 10 : between(4, 16) * 50;
  const minLearners = mode === 'ONLINE' ? between(2, 6) * 10 : between(5, Math.max(5, Math.floor(capacity * 0.4)));
  const certified = rand() < CERTIFICATE_ODDS[category];
  const certificateName = certified ? pickOf(CERTIFICATES[category] ?? ['培训合格证书']) : null;
  let priceCents = 0;
  let subsidyCents = 0;
  if (category === 'VOCATIONAL_QUALIFICATION' || category === 'DEGREE_EDUCATION') {
    priceCents = between(5, category === 'DEGREE_EDUCATION' ? 40 : 20) * 10_000;
    subsidyCents = Math.round((priceCents * between(5, 10)) / 10 / 100) * 100;
  } else if (rand() < 0.25) {
    priceCents = between(2, 8) * 10_000;
    subsidyCents = rand() < 0.7 ? priceCents / 2 : 0;
  }

  const sessionCount = category === 'DEGREE_EDUCATION' ? between(8, 16) : mode === 'ONLINE' ? between(3, 10) : between(2, 8);
  const requiredSessions = sessionCount >= 4 && rand() < 0.3 ? sessionCount - between(1, 2) : null;
  // Sessions: weekly (sometimes twice a week) evenings from one to four weeks after creation.
  const lead = between(7, 28);
  const [hh, mm] = pickOf([[19, 0], [19, 30], [20, 0]] as const);
  const minutes = pickOf([90, 90, 120]);
  const gap = rand() < 0.3 ? [3, 4] : [7, 7];
  const homeStation = Math.floor(rand() * place.stationCount);
  const roving = rand() < 0.2;
  const sessions: CourseSessionRow[] = [];
  let day = lead;
  for (let j = 0; j < sessionCount; j++) {
    const startsAt = beijingTimeOn(createdAt, day, hh, mm).getTime();
    const station = roving ? Math.floor(rand() * place.stationCount) : homeStation;
    const where = mode === 'HYBRID' ? weightedPick(rand, { BOTH: 2, STATION: 1, ONLINE: 1 }) : mode === 'OFFLINE' ? 'STATION' : 'ONLINE';
    sessions.push({
      id: place.idOf(`${cityWide ? 'citywide' : 'course'}:${k}:session:${j}`),
      courseId: id,
      startsAt: new Date(startsAt),
      endsAt: new Date(startsAt + minutes * MINUTE_MS),
      stationId: where === 'ONLINE' ? null : place.stationId(station),
      onlineUrl: where === 'STATION' ? null : `${ONLINE_HOST}/live/${place.live}-${cityWide ? 'c' : 'd'}${k}-${j + 1}`,
    });
    day += gap[j % 2]!;
  }
  const firstStart = sessions[0]!.startsAt.getTime();
  const lastEnd = sessions[sessions.length - 1]!.endsAt.getTime();
  // Demand: lognormal around the class size, so many evening classes fill with a waitlist and a few never reach their minimum.
  const u = Math.max(rand(), 1e-9);
  const gaussian = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  const weight = capacity * DEMAND[mode] * Math.exp(0.55 * gaussian - 0.15);
  const organiserCancelAt = rand() < 0.02 ? createdAt + Math.floor(rand() * (firstStart - createdAt)) : null;

  const course: CourseRow = {
    id,
    title: topic,
    category,
    mode,
    provider: providerIn(place.area, cityWide ? pickOf(CITY_WIDE_PROVIDERS) : pickOf(PROVIDERS[category])),
    description: `${topic}：面向外卖骑手、快递员、网约车司机等新就业形态劳动者，${
      mode === 'OFFLINE' ? '夜校形式，在驿站上课' : mode === 'ONLINE' ? '云课堂，线上直播' : '线上线下结合'
    }。`,
    districtCode: cityWide ? null : place.area.code,
    // The street of the district where it is held (from a stream of its own, so the city's draws stay as they were).
    ...(place.streets && !cityWide ? { streetCode: place.streets[Math.floor(itemRandom(place.drawSeed, k, SALT.street)() * place.streets.length)]! } : {}),
    minLearners,
    capacity,
    status: 'PLANNED',
    certificateName,
    subsidyCents,
    priceCents,
    requiredSessions,
    createdAt: new Date(createdAt),
    updatedAt: new Date(createdAt),
  };
  return { course, topic, sessions, firstStart, lastEnd, weight, organiserCancelAt };
}

/** A worker's place in a course, before the course's events decide what becomes of it. */
interface Signup {
  /** The worker's position in the plan's workers (in the city, the worker's index). */
  worker: number;
  at: number;
}

/**
 * Which courses each worker signs up for: most workers none, others one to three, each at a
 * time the course took sign-ups and after the worker registered. A subsidised course is taken
 * only by union members who joined before signing up, and no worker's subsidised courses add
 * up to more than the yearly cap (whatever the years, so no calendar year exceeds it).
 */
function assignWorkers(place: Place, workers: GeneratedWorker[], draws: CourseDraw[], now: number, capCents: number): Signup[][] {
  const signups: Signup[][] = draws.map(() => []);
  if (draws.length === 0) return signups;
  const memberSince = (w: GeneratedWorker) => (w.joinedDaysAgo === null ? null : now - w.joinedDaysAgo * DAY_MS + DAY_MS);
  const sample = workers.slice(0, 2_000);
  const cumulative: number[] = [];
  let sum = 0;
  for (const d of draws) {
    const created = d.course.createdAt.getTime();
    // A course still taking first sign-ups has had only part of its demand so far.
    let weight = d.weight * Math.min(1, (now - created) / (d.firstStart - created));
    if (d.course.subsidyCents > 0 && sample.length) {
      // Only members who joined before signing up take a subsidised course: its demand comes from
      // them alone, so it is drawn more often for the others to be turned away.
      const mid = (created + Math.min(d.firstStart, now)) / 2;
      const eligible = sample.filter((w) => (memberSince(w) ?? Infinity) <= mid).length / sample.length;
      weight /= Math.max(0.1, eligible);
    }
    sum += weight;
    cumulative.push(sum);
  }
  const pick = (r: number) => {
    const x = r * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  workers.forEach((w, position) => {
    const rand = itemRandom(place.drawSeed, w.index, SALT.worker);
    const wanted = weightedPick(rand, { '0': 50, '1': 25, '2': 14, '3': 11 });
    const count = Number(wanted);
    const registeredAt = now - w.registeredDaysAgo * DAY_MS;
    // Joined "n days ago" at whatever hour: a day's margin keeps "joined before signing up" true.
    const memberFrom = memberSince(w);
    const chosen = new Set<number>();
    let subsidy = 0;
    for (let attempt = 0; chosen.size < count && attempt < count * 10; attempt++) {
      const c = pick(rand());
      const late = rand() < 0.1;
      const r = rand();
      if (chosen.has(c)) continue;
      const d = draws[c]!;
      const from = Math.max(d.course.createdAt.getTime(), registeredAt);
      const until = Math.min(late ? d.lastEnd : d.firstStart, now);
      if (from >= until) continue;
      const at = from + Math.floor(r * (until - from));
      if (d.course.subsidyCents > 0) {
        const member = memberFrom !== null && memberFrom <= at;
        if (subsidyAvailable(member, capCents, subsidy) < d.course.subsidyCents) continue;
        subsidy += d.course.subsidyCents;
      }
      chosen.add(c);
      signups[c]!.push({ worker: position, at });
    }
  });
  return signups;
}

/** A tiny binary heap of timed events. */
class EventQueue<T extends { at: number; seq: number }> {
  private items: T[] = [];
  push(e: T) {
    const a = this.items;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(a[i]!, a[p]!)) break;
      const t = a[i]!;
      a[i] = a[p]!;
      a[p] = t;
      i = p;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.before(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        const t = a[i]!;
        a[i] = a[m]!;
        a[m] = t;
        i = m;
      }
    }
    return top;
  }
  private before(x: T, y: T) {
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }
}

interface Learner {
  row: EnrollmentRow;
  worker: GeneratedWorker;
  diligence: number;
  attended: number;
  completionDue: boolean;
}

type CourseEvent =
  | { at: number; seq: number; kind: 'enrol'; learner: Learner }
  | { at: number; seq: number; kind: 'drop'; learner: Learner }
  | { at: number; seq: number; kind: 'cancel'; onlyBelowMinimum: boolean }
  | { at: number; seq: number; kind: 'start' | 'end'; session: CourseSessionRow }
  | { at: number; seq: number; kind: 'attend'; learner: Learner; session: CourseSessionRow }
  | { at: number; seq: number; kind: 'complete'; learner: Learner };

type Unsequenced<E> = E extends unknown ? Omit<E, 'seq'> : never;

/**
 * Runs a course's year through the service's rules, in time order, up to `now`: sign-ups take a
 * seat while one is free and wait after that; a PLANNED course is CONFIRMED at its minimum and
 * cancelled two days before its first session if it never got there (every seat and waitlist
 * place DROPPED); a drop frees a seat for the first on the waitlist; seated learners attend
 * sessions that have begun; the organisers complete those who attended what is required,
 * issuing certificate numbers. What comes out is what the API would have stored.
 */
function simulateCourse(
  place: Place,
  k: number,
  draw: CourseDraw,
  signups: Signup[],
  workers: GeneratedWorker[],
  now: number,
  certificates: Set<string>,
): PlannedCourse {
  const course = draw.course;
  const cityWide = course.districtCode === null;
  const rand = itemRandom(place.drawSeed, k, cityWide ? SALT.simulateCityWide : SALT.simulate);
  const tag = cityWide ? 'citywide' : 'course';
  const queue = new EventQueue<CourseEvent>();
  let seq = 0;
  const add = (e: Unsequenced<CourseEvent>) => {
    if (e.at > now) return;
    (e as CourseEvent).seq = seq++;
    queue.push(e as CourseEvent);
  };

  const learners: Learner[] = signups
    .map((s) => {
      const worker = workers[s.worker]!;
      const id = place.idOf(`${tag}:${k}:worker:${worker.index}`);
      const row: EnrollmentRow = {
        id,
        courseId: course.id,
        workerId: worker.id,
        status: 'WAITLISTED',
        enrolledAt: new Date(s.at),
        completedAt: null,
        certificateNo: null,
        seatedAt: null,
        holderNameMasked: null,
        updatedAt: new Date(s.at),
      };
      return { row, worker, diligence: 0, attended: 0, completionDue: false };
    })
    // Sign-ups are played in waitlist order, so the waitlist below fills in that order too.
    .sort((a, b) => waitlistOrder(a.row, b.row));
  for (const l of learners) {
    l.diligence = 0.55 + rand() * 0.45;
    add({ at: l.row.enrolledAt.getTime(), kind: 'enrol', learner: l });
    if (rand() < 0.12) {
      const until = Math.min(draw.lastEnd, now);
      const at = l.row.enrolledAt.getTime() + 1 + Math.floor(rand() * (until - l.row.enrolledAt.getTime()));
      if (at < draw.lastEnd) add({ at, kind: 'drop', learner: l });
    }
  }
  add({ at: draw.firstStart - 2 * DAY_MS, kind: 'cancel', onlyBelowMinimum: true });
  if (draw.organiserCancelAt !== null) add({ at: draw.organiserCancelAt, kind: 'cancel', onlyBelowMinimum: false });
  for (const s of draw.sessions) {
    add({ at: s.startsAt.getTime(), kind: 'start', session: s });
    add({ at: s.endsAt.getTime(), kind: 'end', session: s });
  }

  const required = requiredAttendance(course.requiredSessions, draw.sessions.length);
  const accepted: Learner[] = [];
  let waitlist: Learner[] = [];
  const attendances: AttendanceRow[] = [];
  let seated = 0;
  const set = (l: Learner, at: number, changes: Partial<EnrollmentRow>) => {
    Object.assign(l.row, changes, { updatedAt: new Date(at) });
  };
  const fillFreeSeats = (at: number) => {
    // Learners who dropped while waiting leave the list here.
    waitlist = waitlist.filter((l) => l.row.status === 'WAITLISTED');
    const waiting = waitlist.map((learner) => ({ id: learner.row.id, enrolledAt: learner.row.enrolledAt, learner }));
    for (const { learner } of promotions(seated, course.capacity, waiting)) {
      set(learner, at, { status: 'ENROLLED', seatedAt: new Date(at) });
      seated++;
    }
  };

  for (let e = queue.pop(); e; e = queue.pop()) {
    const cancelled = course.status === 'CANCELLED';
    switch (e.kind) {
      case 'enrol': {
        // A cancelled course takes nobody (CONFLICT): that sign-up never happened.
        if (cancelled) break;
        accepted.push(e.learner);
        if (seatFor(seated, course.capacity) === 'ENROLLED') {
          set(e.learner, e.at, { status: 'ENROLLED', seatedAt: new Date(e.at) });
          seated++;
        } else {
          waitlist.push(e.learner);
        }
        const next = statusAfterEnrollment(course.status, seated, course.minLearners);
        if (next !== course.status) Object.assign(course, { status: next, updatedAt: new Date(e.at) });
        break;
      }
      case 'drop': {
        const l = e.learner;
        const outcome = dropOutcome(l.row.status);
        if (cancelled || outcome === 'ALREADY_DROPPED' || outcome === 'COMPLETED') break;
        set(l, e.at, { status: 'DROPPED', seatedAt: null });
        if (outcome === 'FREE_SEAT') {
          seated--;
          fillFreeSeats(e.at);
        }
        break;
      }
      case 'cancel': {
        if (cancelled || (e.onlyBelowMinimum && course.status !== 'PLANNED')) break;
        Object.assign(course, { status: 'CANCELLED', updatedAt: new Date(e.at) });
        for (const l of accepted) {
          const status = enrollmentStatusOnCancel(l.row.status);
          if (status !== l.row.status) set(l, e.at, { status, seatedAt: null });
        }
        seated = 0;
        waitlist.length = 0;
        break;
      }
      case 'start': {
        if (cancelled) break;
        // The organiser takes the register during the first minutes of the session.
        for (const l of accepted) {
          if (attendanceRefusal(l.row.status, e.session.startsAt, new Date(e.at)) !== null) continue;
          if (rand() >= l.diligence) continue;
          add({ at: e.at + Math.floor(rand() * 20 * MINUTE_MS), kind: 'attend', learner: l, session: e.session });
        }
        break;
      }
      case 'attend': {
        const l = e.learner;
        // Only learners holding a seat (or who completed) can be recorded.
        if (cancelled || attendanceRefusal(l.row.status, e.session.startsAt, new Date(e.at)) !== null) break;
        l.attended++;
        attendances.push({
          id: place.idOf(`${tag}:${k}:worker:${l.worker.index}:attended:${e.session.id}`),
          enrollmentId: l.row.id,
          sessionId: e.session.id,
          recordedAt: new Date(e.at),
        });
        break;
      }
      case 'end': {
        if (cancelled) break;
        for (const l of accepted) {
          if (l.completionDue || completionRefusal(l.row.status, required, missingAttendance(l.attended, required)) !== null) continue;
          l.completionDue = true;
          add({ at: e.at + 10 * MINUTE_MS + Math.floor(rand() * 2 * DAY_MS), kind: 'complete', learner: l });
        }
        break;
      }
      case 'complete': {
        const l = e.learner;
        if (l.row.status !== 'ENROLLED') break;
        let certificateNo: string | null = null;
        if (course.certificateName) {
          for (let attempt = 0; certificateNo === null || certificates.has(certificateNo); attempt++) {
            certificateNo = certificateNumber(l.row.id, attempt);
          }
          certificates.add(certificateNo);
        }
        // Organisers mostly give the name for the certificate; only its masked form is kept.
        const named = course.certificateName !== null && rand() < 0.9;
        // A completion stops counting as a seat (seats are ENROLLED enrolments) but, as in the
        // service, moves nobody up: the waitlist moves on drops only.
        seated--;
        set(l, e.at, {
          status: 'COMPLETED',
          completedAt: new Date(e.at),
          certificateNo,
          holderNameMasked: named ? maskName(l.worker.name) : null,
        });
        break;
      }
    }
  }
  return { course, sessions: draw.sessions, enrollments: accepted.map((l) => l.row), attendances };
}

/**
 * Workers' requests for classes in the place's district, by topic: each topic collects requests over
 * the year, one per worker per round; a round is open demand from the request that reaches the
 * threshold, and is fulfilled by the next course on the topic created after that (the round
 * then stops taking requests and a new one starts). Topics no course teaches stay open.
 */
function planRequests(
  place: Place,
  votes: number,
  workers: GeneratedWorker[],
  draws: CourseDraw[],
  now: number,
  threshold: number,
): PlannedRequest[] {
  const topics: [string, CourseCategory][] = [
    ...(Object.entries(COURSE_TOPICS) as [CourseCategory, readonly string[]][]).flatMap(([category, list]) =>
      list.map((t): [string, CourseCategory] => [t, category]),
    ),
    ...DEMAND_ONLY_TOPICS,
  ];
  const weights: Record<string, number> = {};
  topics.forEach((_, t) => {
    const rand = itemRandom(place.drawSeed, t, SALT.topic);
    weights[String(t)] = 0.2 + rand() * rand() * 3;
  });
  const byTopic: Signup[][] = topics.map(() => []);
  if (workers.length > 0) {
    for (let v = 0; v < votes; v++) {
      const rand = itemRandom(place.drawSeed, v, SALT.vote);
      const t = Number(weightedPick(rand, weights));
      const position = Math.floor(rand() * workers.length);
      const w = workers[position]!;
      const registeredAt = now - w.registeredDaysAgo * DAY_MS;
      const from = Math.max(registeredAt, now - CITY.days * DAY_MS);
      byTopic[t]!.push({ worker: position, at: from + Math.floor(rand() * (now - from)) });
    }
  }

  const out: PlannedRequest[] = [];
  topics.forEach(([topic, category], t) => {
    const rand = itemRandom(place.drawSeed, t, SALT.request);
    const { display, key } = normaliseTopic(topic);
    const district = place.area.code;
    const courses = draws
      .filter((d) => d.topic === topic && d.course.districtCode === district)
      .sort((a, b) => a.course.createdAt.getTime() - b.course.createdAt.getTime());
    const signups = byTopic[t]!.sort((a, b) => a.at - b.at || a.worker - b.worker);
    let round: PlannedRequest | null = null;
    let rounds = 0;
    let nextCourse = 0;
    /** Fulfils the open round with the first course on the topic created after it opened and before `until`. */
    const fulfil = (until: number) => {
      if (!round?.request.openedAt) return;
      const opened = round.request.openedAt.getTime();
      while (nextCourse < courses.length && courses[nextCourse]!.course.createdAt.getTime() <= opened) nextCourse++;
      const c = courses[nextCourse];
      if (!c || c.course.createdAt.getTime() > until) return;
      nextCourse++;
      // Some organisers schedule the class without pointing at the request.
      if (rand() < 0.2) return;
      const at = c.course.createdAt;
      Object.assign(round.request, { fulfilledByCourseId: c.course.id, fulfilledAt: at, openKey: null, updatedAt: at });
      out.push(round);
      round = null;
    };
    for (const s of signups) {
      fulfil(s.at);
      if (!round) {
        const at = new Date(s.at);
        round = {
          request: {
            id: place.idOf(`request:${t}:${rounds++}`),
            topic: display,
            category,
            districtCode: district,
            openKey: demandKey(district, category, key),
            requests: 0,
            openedAt: null,
            fulfilledByCourseId: null,
            fulfilledAt: null,
            createdAt: at,
            updatedAt: at,
          },
          votes: [],
        };
      }
      const r: PlannedRequest = round;
      const worker = workers[s.worker]!;
      // Asking again in the same round changes nothing.
      if (r.votes.some((v) => v.workerId === worker.id)) continue;
      const at = new Date(s.at);
      r.votes.push({ id: place.idOf(`request:${t}:${rounds - 1}:worker:${worker.index}`), requestId: r.request.id, workerId: worker.id, createdAt: at });
      r.request.requests++;
      if (r.request.openedAt === null && r.request.requests >= threshold) r.request.openedAt = at;
      r.request.updatedAt = at;
    }
    fulfil(now);
    if (round) out.push(round);
  });
  return out;
}

/**
 * A plan whose courses are not played through yet: their ids and the requests are known first,
 * so that a rerun can tell that a place was written before paying for the courses' years.
 */
export interface StagedPlan {
  /** The courses' ids, in the order `courses()` returns them. */
  courseIds: string[];
  requests: PlannedRequest[];
  /** Plays every course's year through (the costly part); once. */
  courses(): PlannedCourse[];
}

/** The rows of one place: its courses (and city-wide ones) for its workers, played through, and its requests. */
function stagePlace(
  place: Place,
  workers: GeneratedWorker[],
  counts: { courses: number; cityWideCourses: number; requestVotes: number },
  now: number,
  opts: Pick<PlanOptions, 'subsidyCapCents' | 'requestThreshold'>,
): StagedPlan {
  const draws = [
    ...Array.from({ length: counts.courses }, (_, k) => drawCourse(place, k, false, now)),
    ...Array.from({ length: counts.cityWideCourses }, (_, k) => drawCourse(place, k, true, now)),
  ];
  // The n-th class on a topic, in creation order, is its n-th intake (第n期).
  const intakes = new Map<string, number>();
  for (const d of [...draws].sort((a, b) => a.course.createdAt.getTime() - b.course.createdAt.getTime() || (a.course.id < b.course.id ? -1 : 1))) {
    const n = (intakes.get(d.topic) ?? 0) + 1;
    intakes.set(d.topic, n);
    d.course.title = `${d.topic}（第${n}期）`;
  }
  // Requests read only what the draws decide (topics, creation times, ids), not what the year does to the courses.
  const requests = planRequests(place, counts.requestVotes, workers, draws, now, opts.requestThreshold);
  return {
    courseIds: draws.map((d) => d.course.id),
    requests,
    courses() {
      const signups = assignWorkers(place, workers, draws, now, opts.subsidyCapCents);
      const certificates = new Set<string>();
      return draws.map((d, i) => {
        const cityWide = i >= counts.courses;
        return simulateCourse(place, cityWide ? i - counts.courses : i, d, signups[i]!, workers, now, certificates);
      });
    },
  };
}

/** Everything the generator writes, computed without touching a database. */
export function planCity(opts: PlanOptions): Plan {
  const workerCount = opts.workers ?? CITY.workers;
  const counts = {
    courses: opts.courses ?? scaled(CITY_TRAINING.courses, workerCount, 1),
    cityWideCourses: opts.cityWideCourses ?? scaled(CITY_TRAINING.cityWideCourses, workerCount, 0),
    requestVotes: opts.requestVotes ?? scaled(CITY_TRAINING.requestVotes, workerCount, 0),
  };
  const workers = Array.from({ length: workerCount }, (_, i) => generatedWorker(opts.seed, i));
  const staged = stagePlace(cityPlace(opts.seed, opts.stations ?? CITY.stations), workers, counts, opts.now.getTime(), opts);
  return { courses: staged.courses(), requests: staged.requests };
}

/** One area of the national data set: its workers, the stations standing in it, and how much of everything. */
export interface AreaPlanOptions {
  seed: number;
  area: Area;
  /** The area's national workers (`generatedWorker(seed, i, 'national')` for its indexes), in index order. */
  workers: GeneratedWorker[];
  /** The indexes of the national stations standing in the area (`generatedStationArea`). */
  stations: readonly number[];
  /** District courses, city-wide courses of the area's city, and requests by its workers. */
  courses: number;
  cityWideCourses: number;
  requestVotes: number;
  now: Date;
  subsidyCapCents: number;
  requestThreshold: number;
}

/**
 * The training share of one area of the national data set, planned as the city's district is:
 * district courses in the area (each naming one of its streets) with sessions at its own
 * stations, city-wide online courses run by its city's bodies, the area's workers signing up for
 * them, and its workers' course requests. Ids are namespaced by scale and area.
 */
export function planArea(opts: AreaPlanOptions): StagedPlan {
  return stagePlace(areaPlace(opts.seed, opts.area, opts.stations), opts.workers, opts, opts.now.getTime(), opts);
}
