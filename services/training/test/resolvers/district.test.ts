import { manualClock, MINUTE_MS } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { cityDashboard, createCourse, enroll, newId } from '../support';

const METRICS = `query($r: [_Any!]!, $from: DateTime, $to: DateTime) {
  _entities(representations: $r) { ... on District { trainingMetrics(from: $from, to: $to) { courses enrollments } } }
}`;

/** District.trainingMetrics(from, to) keeps the one period rule of every *Metrics field (the kit's metricsPeriod). */
describe('District.trainingMetrics: the period', () => {
  const start = '2026-06-15T04:00:00.000Z';
  const clock = manualClock(start);
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { clock });
    // A course and a seat taken at `start`, by the subgraph's clock.
    await enroll(sg, await createCourse(sg), newId());
  });
  afterAll(() => sg.stop());

  const metrics = async (vars: { from?: string; to?: string }) =>
    sg.query(METRICS, { r: [{ __typename: 'District', code: '110105' }], ...vars }, cityDashboard);
  const figures = async (vars: { from?: string; to?: string } = {}) => dataOf(await metrics(vars))._entities[0].trainingMetrics;

  it('ends at the request’s now without to, which it leaves out', async () => {
    clock.set(start);
    expect(await figures()).toEqual({ courses: 0, enrollments: 0 });
    clock.advance(MINUTE_MS);
    expect(await figures()).toEqual({ courses: 1, enrollments: 1 });
  });

  it('starts at the first record without from, and takes from inclusively', async () => {
    clock.set('2026-06-15T05:00:00Z');
    expect(await figures({ to: '2026-06-15T04:00:00.001Z' })).toEqual({ courses: 1, enrollments: 1 });
    expect(await figures({ to: start })).toEqual({ courses: 0, enrollments: 0 });
    expect(await figures({ from: start })).toEqual({ courses: 1, enrollments: 1 });
  });

  it('is empty when from equals to', async () => {
    expect(await figures({ from: start, to: start })).toEqual({ courses: 0, enrollments: 0 });
  });

  it('refuses from after to, and from after now when to is left out (BAD_USER_INPUT on from)', async () => {
    clock.set('2026-06-15T05:00:00Z');
    for (const vars of [{ from: '2026-06-15T04:00:00Z', to: '2026-06-15T03:00:00Z' }, { from: '2026-06-15T05:00:00.001Z' }]) {
      const res = await metrics(vars);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe('from');
    }
  });
});
