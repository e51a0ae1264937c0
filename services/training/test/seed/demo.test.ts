import { createLogger, nameId } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Attendance, Course, CourseRequest, CourseRequestVote, CourseSession, Enrollment } from '../../src/entities';
import { service } from '../../src/server';
import { admin } from '../support';

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
    expect(before[0]).toBe(5);
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

  it('adds its newer groups to a database seeded by the first slice', async () => {
    // What the first slice's demo left: the four upcoming courses only.
    await sg.db.manager.clear(Attendance);
    await sg.db.manager.delete(Enrollment, { courseId: course('first-aid') });
    await sg.db.manager.delete(CourseSession, { courseId: course('first-aid') });
    await sg.db.manager.delete(Course, { id: course('first-aid') });
    await sg.db.manager.clear(CourseRequestVote);
    await sg.db.manager.clear(CourseRequest);
    await service.seedDemo!(sg.db, createLogger('training'));
    expect(await sg.db.manager.count(Course)).toBe(5);
    expect(await sg.db.manager.count(Attendance)).toBe(4);
    expect(await sg.db.manager.count(CourseRequest)).toBe(2);
    expect(await sg.db.manager.count(CourseRequestVote)).toBe(4);
  });
});
