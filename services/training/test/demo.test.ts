import { createLogger, nameId } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Course, CourseSession, Enrollment } from '../src/entities';
import { service } from '../src/service';
import { admin } from './support';

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
    const courseOf = (i: number) => res._entities[i].enrollments.map((e: any) => e.course.id);
    expect(courseOf(0)).toEqual([course('ebike-safety')]);
    expect(courseOf(1)).toEqual([course('ebike-safety')]);
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
    expect(before[0]).toBe(4);
  });
});
