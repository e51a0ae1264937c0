import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Course, CourseRequest } from '../../src/entities';
import { service } from '../../src/server';
import type { Principal } from '@nef/kit';
import { CREATE_COURSE, REQUEST_COURSE, courseInput, newId, partnerFor, trainingOperator } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const COURSES = `query($d: ID) { courses(filter: { district: $d }) { totalCount } }`;

/** The error's code and the field it names, or null when the call succeeded. */
function refusal(res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) {
  const e = res.errors?.[0];
  return e ? { code: e.extensions?.code, field: e.extensions?.field } : null;
}

describe('region codes a client sends to the training service', () => {
  it('creates a course in any county of the catalogue (a Huizhou 惠城区 course)', async () => {
    const c = dataOf(await sg.query(CREATE_COURSE, { input: courseInput({ title: '网约车司机安全驾驶', provider: '惠州市总工会', districtCode: '441302' }) }, trainingOperator)).createCourse;
    expect(c.district).toEqual({ code: '441302' });
    expect(await sg.db.manager.findOneByOrFail(Course, { id: c.id })).toMatchObject({ districtCode: '441302' });
    // The statistical twelve-digit form is stored in the six-digit one.
    const long = dataOf(await sg.query(CREATE_COURSE, { input: courseInput({ districtCode: '320613000000' }) }, trainingOperator)).createCourse;
    expect(long.district).toEqual({ code: '320613' });
  });

  it('refuses an unknown code or one of another level in createCourse and requestCourse, writing nothing', async () => {
    const courses = await sg.db.manager.count(Course);
    const requests = await sg.db.manager.count(CourseRequest);
    for (const districtCode of ['999999', '441300', '440000', '441302103']) {
      expect(refusal(await sg.query(CREATE_COURSE, { input: courseInput({ districtCode }) }, trainingOperator))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.districtCode' });
      const w = newId();
      const asked = await sg.query(REQUEST_COURSE, { topic: '法律咨询', category: 'SKILLS', districtCode, workerId: w }, partnerFor(w));
      expect(refusal(asked)).toEqual({ code: 'BAD_USER_INPUT', field: 'districtCode' });
    }
    expect(await sg.db.manager.count(Course)).toBe(courses);
    expect(await sg.db.manager.count(CourseRequest)).toBe(requests);
  });

  it('takes a Nantong request', async () => {
    const w = newId();
    const r = dataOf(await sg.query(REQUEST_COURSE, { topic: '劳动法入门', category: 'SKILLS', districtCode: '320613', workerId: w }, partnerFor(w))).requestCourse;
    expect(r.district).toEqual({ code: '320613' });
  });

  it('filters by district: malformed is refused, a valid code without courses answers empty', async () => {
    expect(refusal(await sg.query(COURSES, { d: '4413' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.district' });
    expect(dataOf(await sg.query(COURSES, { d: '110229' })).courses.totalCount).toBe(0);
    expect(dataOf(await sg.query(COURSES, { d: '441302' })).courses.totalCount).toBe(1);
  });

  it('stores the street a course is held in, a street of its district, and shows it as Course.streetCode', async () => {
    const input = courseInput({ title: '网约车安全驾驶与应急处置', districtCode: '441302', streetCode: ' 441302103 ' });
    const c = dataOf(await sg.query(CREATE_COURSE.replace('district { code }', 'district { code } streetCode'), { input }, trainingOperator)).createCourse;
    expect(c).toMatchObject({ district: { code: '441302' }, streetCode: '441302103' });
    expect(await sg.db.manager.findOneByOrFail(Course, { id: c.id })).toMatchObject({ districtCode: '441302', streetCode: '441302103' });
    const without = dataOf(await sg.query(CREATE_COURSE.replace('district { code }', 'district { code } streetCode'), { input: courseInput({ districtCode: '441302' }) }, trainingOperator)).createCourse;
    expect(without.streetCode).toBeNull();
  });

  it('refuses a street of another county, an unknown street, a county as street and a street without district (input.streetCode), writing nothing', async () => {
    const courses = await sg.db.manager.count(Course);
    const cases: Record<string, unknown>[] = [
      { districtCode: '441302', streetCode: '441322001' },
      { districtCode: '441302', streetCode: '441302999' },
      { districtCode: '441302', streetCode: '441302' },
      { districtCode: null, mode: 'ONLINE', streetCode: '441302103' },
    ];
    for (const c of cases) {
      const res = await sg.query(CREATE_COURSE, { input: courseInput(c) }, trainingOperator);
      expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.streetCode' });
    }
    // With a wrong district, the district is what is reported.
    expect(refusal(await sg.query(CREATE_COURSE, { input: courseInput({ districtCode: '441300', streetCode: '441302103' }) }, trainingOperator))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.districtCode',
    });
    expect(await sg.db.manager.count(Course)).toBe(courses);
  });

  it('lets an operator limited to a city organise courses of its counties, not elsewhere nor city-wide', async () => {
    const huizhou: Principal = { role: 'operator', domain: 'training', districts: ['441300'], keyId: 'key-hz-training' };
    const c = dataOf(await sg.query(CREATE_COURSE, { input: courseInput({ districtCode: '441322', streetCode: '441322001' }) }, huizhou)).createCourse;
    expect(c.district).toEqual({ code: '441322' });
    for (const input of [courseInput({ districtCode: '110105' }), courseInput({ districtCode: '440305' }), courseInput({ districtCode: null, mode: 'ONLINE' })]) {
      expect(refusal(await sg.query(CREATE_COURSE, { input }, huizhou))).toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
