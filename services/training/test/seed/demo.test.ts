import { createLogger, nameId } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { In } from 'typeorm';
import { Attendance, Course, CourseRequest, CourseRequestVote, CourseSession, Enrollment } from '../../src/entities';
import { checkCourseInput } from '../../src/rules/course-input';
import { DEMO, HELD } from '../../src/seed/demo';
import { service } from '../../src/server';
import { admin, cityDashboard } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const course = (key: string) => nameId(`demo:course:${key}`);
const workerId = (key: string) => nameId(`demo:worker:${key}`);
const COURSE = `query($id: ID!) { course(id: $id) {
  title category mode provider district { code } minLearners capacity status enrolledCount certificateName subsidyCents priceCents
  sessions { startsAt endsAt station { id } onlineUrl }
} }`;

describe('demo data', () => {
  it('has the e-bike safety night class at Wangjing, upcoming evenings 20:00-21:30 Beijing time', async () => {
    const c = dataOf(await sg.query(COURSE, { id: course('ebike-safety') })).course;
    expect(c).toMatchObject({
      title: '电动自行车安全骑行',
      category: 'SAFETY',
      mode: 'OFFLINE',
      provider: '朝阳区总工会',
      district: { code: '110105' },
      minLearners: 10,
      capacity: 30,
      status: 'PLANNED',
      enrolledCount: 2,
      priceCents: 0,
    });
    expect(c.sessions.length).toBeGreaterThan(0);
    for (const s of c.sessions) {
      expect(Date.parse(s.startsAt)).toBeGreaterThan(Date.now());
      expect(s.startsAt).toMatch(/T12:00:00\.000Z$/);
      expect(s.endsAt).toMatch(/T13:30:00\.000Z$/);
      expect(s.station).toEqual({ id: nameId('demo:station:cy-wangjing') });
    }
  });

  it('has the qualification, live-commerce and open-university courses', async () => {
    const qualification = dataOf(await sg.query(COURSE, { id: course('delivery-qualification') })).course;
    expect(qualification).toMatchObject({ mode: 'HYBRID', capacity: 40, minLearners: 10, certificateName: '网约配送员（四级）' });
    expect(qualification.sessions.some((s: any) => s.station?.id === nameId('demo:station:hd-zhongguancun'))).toBe(true);
    const live = dataOf(await sg.query(COURSE, { id: course('livestream-commerce') })).course;
    expect(live).toMatchObject({ category: 'DIGITAL_COMMERCE', mode: 'ONLINE', capacity: 200, minLearners: 20 });
    expect(live.sessions.every((s: any) => s.onlineUrl.startsWith('https://'))).toBe(true);
    const degree = dataOf(await sg.query(COURSE, { id: course('open-university') })).course;
    expect(degree).toMatchObject({ category: 'DEGREE_EDUCATION', priceCents: 480000, subsidyCents: 300000 });
  });

  it('enrols the demo workers', async () => {
    const res = dataOf(
      await sg.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { id enrollments { status course { id } } } } }`,
        { r: ['wang-qiang', 'chen-jing', 'li-na', 'zhang-wei'].map((k) => ({ __typename: 'Worker', id: workerId(k) })) },
        admin,
      ),
    );
    const courseOf = (i: number) => res._entities[i].enrollments.map((e: any) => e.course.id).sort();
    expect(courseOf(0)).toEqual([course('ebike-safety'), course('first-aid')].sort());
    expect(courseOf(1)).toEqual([course('ebike-safety'), course('first-aid')].sort());
    expect(courseOf(2)).toEqual([course('delivery-qualification')]);
    expect(courseOf(3)).toEqual([course('open-university')]);
  });

  it('loads only once', async () => {
    const count = async () => [
      await sg.db.manager.count(Course),
      await sg.db.manager.count(CourseSession),
      await sg.db.manager.count(Enrollment),
    ];
    const before = await count();
    await service.seedDemo!(sg.db, createLogger('training'));
    expect(await count()).toEqual(before);
    expect(before[0]).toBe(9);
  });

  it('has a class already held, whose certificates anyone can check with a masked name', async () => {
    const c = dataOf(await sg.query(COURSE, { id: course('first-aid') })).course;
    expect(c).toMatchObject({ title: '骑手应急救护培训', status: 'COMPLETED', certificateName: '应急救护员证' });
    const check = dataOf(
      await sg.query(`query($n: String!) { certificate(number: $n) { courseTitle provider holderName issuedAt } }`, { n: 'TRN-DEMO000000000001' }),
    ).certificate;
    expect(check).toMatchObject({ courseTitle: '骑手应急救护培训', provider: '北京市红十字会', holderName: '王*' });
    const wang = dataOf(
      await sg.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { enrollments(status: COMPLETED) { attendedSessions certificateNo } subsidyAvailableCents } } }`,
        { r: [{ __typename: 'Worker', id: workerId('wang-qiang'), isUnionMember: true }] },
        admin,
      ),
    )._entities[0];
    expect(wang).toEqual({ enrollments: [{ attendedSessions: 2, certificateNo: 'TRN-DEMO000000000001' }], subsidyAvailableCents: 300000 });
  });

  it('gives zhang-wei’s open-university seat the whole yearly subsidy', async () => {
    const res = dataOf(
      await sg.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { subsidyAvailableCents } } }`,
        { r: [{ __typename: 'Worker', id: workerId('zhang-wei'), isUnionMember: true }] },
        admin,
      ),
    );
    expect(res._entities[0].subsidyAvailableCents).toBe(0);
  });

  it('has course requests counted per worker', async () => {
    const rows = dataOf(await sg.query(`{ courseRequests(district: "110105") { topic requests open } }`)).courseRequests;
    expect(rows).toEqual([{ topic: '电动车维修', requests: 3, open: false }]);
  });

  it('has courses in Huizhou, Nantong and Zhengzhou at their stations, with the street they are held in', async () => {
    const COURSE_AT = `query($id: ID!) { course(id: $id) { title category district { code } streetCode status enrolledCount sessions { station { id } } } }`;
    const expected: [string, string, string, string | null, string][] = [
      ['hz-safe-driving', '网约车安全驾驶与应急处置', '441302', '441302103', 'hz-sandong'],
      ['hz-labour-rights', '劳动权益与工伤保险', '441322', null, 'hz-boluo'],
      ['nt-legal-lecture', '网约车司机法律知识讲座', '320612', '320612002', 'nt-haotong-airport'],
      ['zz-night-riding', '电动车安全骑行与夜间防护', '410105', '410105002', 'zz-huayuanlu'],
    ];
    for (const [key, title, district, street, station] of expected) {
      const c = dataOf(await sg.query(COURSE_AT, { id: course(key) })).course;
      expect(c).toMatchObject({ title, district: { code: district }, streetCode: street });
      expect(c.sessions.map((s: any) => s.station.id)).toContain(nameId(`demo:station:${station}`));
    }
    const res = dataOf(
      await sg.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { enrollments { status certificateNo course { id } } } } }`,
        { r: ['hz-huang-jun', 'hz-lin-fang', 'nt-zhou-hai', 'zz-ma-li', 'zz-zhao-gang'].map((k) => ({ __typename: 'Worker', id: workerId(k) })) },
        admin,
      ),
    );
    const of = (i: number) => res._entities[i].enrollments.map((e: any) => [e.course.id, e.status, e.certificateNo]);
    expect(of(0)).toEqual([[course('hz-safe-driving'), 'ENROLLED', null]]);
    expect(of(1)).toEqual([[course('hz-labour-rights'), 'ENROLLED', null]]);
    expect(of(2)).toEqual([[course('nt-legal-lecture'), 'COMPLETED', 'TRN-DEMO000000000003']]);
    expect(of(3)).toEqual([[course('zz-night-riding'), 'ENROLLED', null]]);
    expect(of(4)).toEqual([[course('zz-night-riding'), 'ENROLLED', null]]);
    const check = dataOf(await sg.query(`query($n: String!) { certificate(number: $n) { courseTitle holderName status } }`, { n: 'TRN-DEMO000000000003' })).certificate;
    expect(check).toEqual({ courseTitle: '网约车司机法律知识讲座', holderName: '周*', status: 'VALID' });
    const requests = dataOf(await sg.query(`{ courseRequests(district: "441302") { topic requests open } }`)).courseRequests;
    expect(requests).toEqual([{ topic: '新能源网约车充电与保养', requests: 3, open: false }]);
  });

  it('passes the checks createCourse makes (county, street in its county, seats, texts)', () => {
    for (const c of [...DEMO, ...HELD]) expect(checkCourseInput(c.course).problems).toEqual([]);
  });

  it('shows training figures at every level of the three cities, and Beijing’s as before', async () => {
    const REGIONS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code trainingMetrics { courses enrollments completions certificates } } } }`;
    const codes = ['441300', '441302', '441302103', '441322', '320600', '320612', '320612002', '410100', '410105', '410105002', '110000'];
    const rows = dataOf(await sg.query(REGIONS, { r: codes.map((code) => ({ __typename: 'Region', code })) }, cityDashboard))._entities;
    const figures = Object.fromEntries(rows.map((r: any) => [r.code, r.trainingMetrics]));
    expect(figures).toEqual({
      '441300': { courses: 2, enrollments: 2, completions: 0, certificates: 0 },
      '441302': { courses: 1, enrollments: 1, completions: 0, certificates: 0 },
      '441302103': { courses: 1, enrollments: 1, completions: 0, certificates: 0 },
      '441322': { courses: 1, enrollments: 1, completions: 0, certificates: 0 },
      '320600': { courses: 1, enrollments: 1, completions: 1, certificates: 1 },
      '320612': { courses: 1, enrollments: 1, completions: 1, certificates: 1 },
      '320612002': { courses: 1, enrollments: 1, completions: 1, certificates: 1 },
      '410100': { courses: 1, enrollments: 2, completions: 0, certificates: 0 },
      '410105': { courses: 1, enrollments: 2, completions: 0, certificates: 0 },
      '410105002': { courses: 1, enrollments: 2, completions: 0, certificates: 0 },
      // Beijing's district courses: the two upcoming ones and first aid; city-wide courses count nowhere.
      '110000': { courses: 3, enrollments: 5, completions: 2, certificates: 2 },
    });
  });

  it('adds its newer groups to a database seeded by the first slice', async () => {
    const count = async () => [
      await sg.db.manager.count(Course),
      await sg.db.manager.count(Enrollment),
      await sg.db.manager.count(Attendance),
      await sg.db.manager.count(CourseRequest),
      await sg.db.manager.count(CourseRequestVote),
    ];
    const full = await count();
    // What the first slice's demo left: the four upcoming Beijing courses only.
    const firstSlice = ['ebike-safety', 'delivery-qualification', 'livestream-commerce', 'open-university'].map(course);
    const later = (await sg.db.manager.find(Course, { select: { id: true } })).map((c) => c.id).filter((id) => !firstSlice.includes(id));
    await sg.db.manager.clear(Attendance);
    await sg.db.manager.delete(Enrollment, { courseId: In(later) });
    await sg.db.manager.delete(CourseSession, { courseId: In(later) });
    await sg.db.manager.delete(Course, { id: In(later) });
    await sg.db.manager.clear(CourseRequestVote);
    await sg.db.manager.clear(CourseRequest);
    expect(await sg.db.manager.count(Course)).toBe(4);
    await service.seedDemo!(sg.db, createLogger('training'));
    expect(await count()).toEqual(full);
    expect(full).toEqual([9, 11, 5, 3, 7]);
  });
});
