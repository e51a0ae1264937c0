import { manualClock } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId } from '../../src/seed/demo';
import { service } from '../../src/server';
import { JOIN, admin, freshPhone, partner, registerAs } from '../support';

/** District.unionMetrics follows the one metrics period of the kit: [from, to), without to up to the request's now. */
const clock = manualClock('2026-03-10T10:00:00+08:00');
let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true, clock });
});
afterAll(() => sg.stop());

const METRICS = `query($r: [_Any!]!, $from: DateTime, $to: DateTime) {
  _entities(representations: $r) { ... on District { unionMetrics(from: $from, to: $to) { members joined } } }
}`;
const metrics = (vars: Record<string, unknown> = {}) => sg.query(METRICS, { r: [{ __typename: 'District', code: '110114' }], ...vars }, admin);

describe('the period of District.unionMetrics', () => {
  it('ends at the request’s now without to, starts at the first record without from, and is empty when from equals to', async () => {
    const input = { name: '秦川', phone: freshPhone(), occupation: 'COURIER', districtCode: '110114', platformExternalId: 'didi-period-1' };
    const workerId = (await registerAs(sg, input, partner('DIDI'))).id;
    // The membership is joined at the clock's time, which the commands take from the request.
    const joinedAt = '2026-03-10T10:00:00+08:00';
    expect(dataOf(await sg.query(JOIN, { workerId, branchId: demoBranchId('beijing'), channel: 'ONLINE_QR' }, admin)).joinUnion.joinedAt).toBe(
      new Date(joinedAt).toISOString(),
    );

    // [from, to) is half-open: asked at the very instant of the join, the period ends before it.
    expect(dataOf(await metrics())._entities[0].unionMetrics).toEqual({ members: 1, joined: 0 });
    clock.advance(60_000);
    expect(dataOf(await metrics())._entities[0].unionMetrics).toEqual({ members: 1, joined: 1 });
    expect(dataOf(await metrics({ from: joinedAt, to: joinedAt }))._entities[0].unionMetrics.joined).toBe(0);
    // A request made before the join: without to, the period ends then, so the join is not in it.
    clock.set('2026-03-10T09:00:00+08:00');
    expect(dataOf(await metrics())._entities[0].unionMetrics.joined).toBe(0);
    expect(dataOf(await metrics({ to: '2026-03-11T00:00:00+08:00' }))._entities[0].unionMetrics.joined).toBe(1);
    clock.set('2026-03-10T11:00:00+08:00');
  });

  it('refuses a from after to, and a from after now when to is left out, naming from', async () => {
    for (const vars of [{ from: '2026-03-01T00:00:00Z', to: '2026-02-01T00:00:00Z' }, { from: '2026-04-01T00:00:00+08:00' }]) {
      const res = await metrics(vars);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe('from');
    }
  });
});
