import { manualClock, MINUTE_MS, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import {
  admin,
  anonymous,
  cityDashboard,
  COMPLETE,
  createCourse,
  enroll,
  enrollmentOf,
  hoursFromNow,
  newId,
  partnerFor,
  RECORD_ATTENDANCE,
  scheduleSession,
  statementsFor,
  trainingOperator,
  unionOperator,
} from '../support';
import { sumTrainingMetrics } from '../support/region-metrics';

interface Figures {
  courses: number;
  enrollments: number;
  completions: number;
  certificates: number;
  byCategory: { key: string; count: number }[];
}

const FIELDS = 'courses enrollments completions certificates byCategory { key count }';
const REGIONS = `query($r: [_Any!]!, $from: DateTime, $to: DateTime) {
  _entities(representations: $r) { ... on Region { code trainingMetrics(from: $from, to: $to) { ${FIELDS} } } }
}`;
const DISTRICTS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on District { code trainingMetrics { ${FIELDS} } } } }`;

const huizhouDashboard: Principal = { role: 'dashboard', districts: ['441300'], keyId: 'key-hz-dashboard' };
const huizhouTrainingOperator: Principal = { role: 'operator', domain: 'training', districts: ['441300'], keyId: 'key-hz-training' };
const regionsOf = (codes: string[], p: Principal = cityDashboard, vars: Record<string, unknown> = {}) =>
  sg.query(REGIONS, { r: codes.map((code) => ({ __typename: 'Region', code })), ...vars }, p);

/** Figures by region code, read in one request. */
async function figuresOf(codes: string[], p: Principal = cityDashboard): Promise<Record<string, Figures>> {
  const rows = dataOf(await regionsOf(codes, p))._entities as { code: string; trainingMetrics: Figures }[];
  return Object.fromEntries(rows.map((r) => [r.code, r.trainingMetrics]));
}


/** A course with `learners` seats taken; the first `completing` of them complete (with a certificate when the course awards one). */
async function course(overrides: Record<string, unknown>, learners: number, completing = 0) {
  const id = await createCourse(sg, { minLearners: 1, capacity: 20, requiredSessions: 1, ...overrides });
  const session = await scheduleSession(sg, id, { startsAt: hoursFromNow(-2), endsAt: hoursFromNow(24), stationId: newId() });
  const seats = [];
  for (let i = 0; i < learners; i++) seats.push(await enrollmentOf(sg, id, newId()));
  for (const e of seats.slice(0, completing)) {
    dataOf(await sg.query(RECORD_ATTENDANCE, { enrollmentId: e.id, sessionId: session.id }, admin));
    dataOf(await sg.query(COMPLETE, { id: e.id }, admin));
  }
  return id;
}

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
  // Huizhou 惠城区: every course names a street; 博罗县: one names none.
  await course({ districtCode: '441302', streetCode: '441302103', category: 'SAFETY', certificateName: '安全驾驶结业证书' }, 3, 2);
  await course({ districtCode: '441302', streetCode: '441302001', category: 'LEGAL' }, 1);
  await course({ districtCode: '441322', streetCode: '441322001', category: 'LEGAL' }, 2);
  await course({ districtCode: '441322', category: 'SKILLS' }, 1);
  // Shenzhen 南山区, Guangdong's other city here.
  await course({ districtCode: '440305', category: 'SAFETY' }, 2, 1);
  // Henan: Zhengzhou 金水区, and 济源市, a county directly under the province.
  await course({ districtCode: '410105', streetCode: '410105002', category: 'SAFETY' }, 2);
  await course({ districtCode: '419001', category: 'HEALTH' }, 1);
  // Nantong 通州区, and Beijing 朝阳区.
  await course({ districtCode: '320612', streetCode: '320612002', category: 'LEGAL', certificateName: '法律知识讲座结业证书' }, 1, 1);
  await course({ districtCode: '110105', category: 'HEALTH' }, 1);
  // A city-wide course counts in no region, as in no district.
  await course({ districtCode: null, mode: 'HYBRID', category: 'SKILLS' }, 4);
});
afterAll(() => sg.stop());

describe('Region.trainingMetrics: every level', () => {
  it('counts a county’s courses, seats, completions and certificates as District.trainingMetrics does', async () => {
    const f = await figuresOf(['441302', '441322', '110105', '110108']);
    expect(f['441302']).toEqual({
      courses: 2,
      enrollments: 4,
      completions: 2,
      certificates: 2,
      byCategory: [
        { key: 'SAFETY', count: 3 },
        { key: 'LEGAL', count: 1 },
      ],
    });
    expect(f['110108']).toEqual({ courses: 0, enrollments: 0, completions: 0, certificates: 0, byCategory: [] });
    const districts = dataOf(await sg.query(DISTRICTS, { r: ['441302', '441322', '110105', '110108'].map((code) => ({ __typename: 'District', code })) }, cityDashboard));
    for (const d of districts._entities) expect(f[d.code]).toEqual(d.trainingMetrics);
  });

  it('sums a city’s counties, a province’s cities and counties directly under it, and the nation’s provinces', async () => {
    const f = await figuresOf(['100000', '440000', '441300', '440300', '441302', '441322', '440305', '410000', '410100', '419001', '320000', '320600', '110000']);
    expect(f['441300']).toEqual(sumTrainingMetrics([f['441302']!, f['441322']!]));
    expect(f['440300']).toEqual(f['440305']);
    expect(f['440000']).toEqual(sumTrainingMetrics([f['441300']!, f['440300']!]));
    expect(f['440000']).toMatchObject({ courses: 5, enrollments: 9, completions: 3, certificates: 2 });
    expect(f['410000']).toEqual(sumTrainingMetrics([f['410100']!, f['419001']!]));
    expect(f['410000']).toMatchObject({ courses: 2, enrollments: 3 });
    expect(f['320000']).toEqual(f['320600']);
    // The provinces with data; the city-wide course's 4 seats are in none of them, nor in the nation's figures.
    expect(f['100000']).toEqual(sumTrainingMetrics([f['110000']!, f['320000']!, f['410000']!, f['440000']!]));
    expect(f['100000']).toMatchObject({ courses: 9, enrollments: 14, completions: 4, certificates: 3 });
  });

  it('counts a street’s courses by the street they name: a county’s streets sum to it when every course names one', async () => {
    const f = await figuresOf(['441302', '441302103', '441302001', '441322', '441322001', '320612', '320612002', '410105002', '110105001']);
    expect(f['441302103']).toEqual({ courses: 1, enrollments: 3, completions: 2, certificates: 2, byCategory: [{ key: 'SAFETY', count: 3 }] });
    expect(f['441302']).toEqual(sumTrainingMetrics([f['441302103']!, f['441302001']!]));
    expect(f['320612002']).toEqual(f['320612']);
    // 博罗县 holds a course that names no street: its streets sum to less.
    expect(f['441322001']).toMatchObject({ courses: 1, enrollments: 2 });
    expect(f['441322']).toMatchObject({ courses: 2, enrollments: 3 });
    expect(f['410105002']).toMatchObject({ courses: 1, enrollments: 2 });
    expect(f['110105001']).toEqual({ courses: 0, enrollments: 0, completions: 0, certificates: 0, byCategory: [] });
  });

  it('answers any number of regions of one period in the same three statements', async () => {
    const few = await statementsFor(sg, REGIONS, { r: ['441300', '441302103'].map((code) => ({ __typename: 'Region', code })) }, cityDashboard);
    const codes = ['100000', '440000', '441300', '441302', '441302103', '441302001', '441322', '410000', '419001', '320612002'];
    const many = await statementsFor(sg, REGIONS, { r: codes.map((code) => ({ __typename: 'Region', code })) }, cityDashboard);
    expect(few.statements).toBe(3);
    expect(many.statements).toBe(3);
    expect(many.data._entities).toHaveLength(codes.length);
  });
});

describe('Region.trainingMetrics: who may read it', () => {
  it('lets a Huizhou key read Huizhou, its counties and streets, and nothing outside', async () => {
    for (const p of [huizhouDashboard, huizhouTrainingOperator]) {
      const f = await figuresOf(['441300', '441302', '441302103'], p);
      expect(Object.keys(f).sort()).toEqual(['441300', '441302', '441302103']);
      expect(f['441300']!.courses).toBe(4);
      for (const code of ['440000', '110105', '100000', '440305']) expect(errorCodes(await regionsOf([code], p))).toEqual(['FORBIDDEN']);
    }
  });

  it('lets keys without regions read the nation, and no one else but admins, dashboards and training operators', async () => {
    for (const p of [cityDashboard, trainingOperator, admin]) expect((await figuresOf(['100000'], p))['100000']!.courses).toBe(9);
    for (const p of [partnerFor(newId()), partnerFor(), anonymous, unionOperator]) expect(errorCodes(await regionsOf(['441300'], p))).toEqual(['FORBIDDEN']);
  });

  it('refuses a code that is no region of the catalogue (BAD_USER_INPUT on code)', async () => {
    for (const code of ['999999', '4413', '441302999']) {
      const res = await regionsOf([code], admin);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe('code');
    }
  });
});

/** Region.trainingMetrics(from, to) keeps the period rule of District.trainingMetrics. */
describe('Region.trainingMetrics: the period', () => {
  const start = '2026-06-15T04:00:00.000Z';
  const clock = manualClock(start);
  let timed: TestSubgraph;
  beforeAll(async () => {
    timed = await startTestSubgraph(service, { clock });
    // A course in 三栋镇 and a seat taken at `start`, by the subgraph's clock.
    await enroll(timed, await createCourse(timed, { districtCode: '441302', streetCode: '441302103' }), newId());
  });
  afterAll(() => timed.stop());

  const metrics = (code: string, vars: { from?: string; to?: string }) =>
    timed.query(REGIONS, { r: [{ __typename: 'Region', code }], ...vars }, cityDashboard);
  const figures = async (vars: { from?: string; to?: string } = {}) => {
    const out: Record<string, { courses: number; enrollments: number }> = {};
    for (const code of ['100000', '441300', '441302103']) {
      const { courses, enrollments } = dataOf(await metrics(code, vars))._entities[0].trainingMetrics;
      out[code] = { courses, enrollments };
    }
    return out;
  };
  const each = (v: { courses: number; enrollments: number }) => ({ '100000': v, '441300': v, '441302103': v });

  it('ends at the request’s now without to', async () => {
    clock.set(start);
    expect(await figures()).toEqual(each({ courses: 0, enrollments: 0 }));
    clock.advance(MINUTE_MS);
    expect(await figures()).toEqual(each({ courses: 1, enrollments: 1 }));
  });

  it('starts at the first record without from, takes from inclusively and to exclusively', async () => {
    clock.set('2026-06-15T05:00:00Z');
    expect(await figures({ to: '2026-06-15T04:00:00.001Z' })).toEqual(each({ courses: 1, enrollments: 1 }));
    expect(await figures({ to: start })).toEqual(each({ courses: 0, enrollments: 0 }));
    expect(await figures({ from: start })).toEqual(each({ courses: 1, enrollments: 1 }));
    expect(await figures({ from: start, to: start })).toEqual(each({ courses: 0, enrollments: 0 }));
  });

  it('refuses from after to, and from after now when to is left out (BAD_USER_INPUT on from)', async () => {
    clock.set('2026-06-15T05:00:00Z');
    for (const vars of [{ from: '2026-06-15T04:00:00Z', to: '2026-06-15T03:00:00Z' }, { from: '2026-06-15T05:00:00.001Z' }]) {
      const res = await metrics('441300', vars);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe('from');
    }
  });
});
