import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { inDays, service, volunteeringOn } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { community, activity, startNow } = volunteeringOn(() => sg);

describe('volunteer activities', () => {
  it('are listed by district: upcoming soonest first, or all latest first', async () => {
    const c = await community({ districtCode: '110117' });
    const later = await activity({ communityId: c, startsAt: inDays(5) });
    const sooner = await activity({ communityId: c, startsAt: inDays(1) });
    const past = await activity({ communityId: c, startsAt: inDays(1) });
    await startNow(past);
    const q = `query($d: ID, $u: Boolean) { volunteerActivities(district: $d, upcoming: $u) { id community { id } } }`;
    const ids = async (u?: boolean) => dataOf(await sg.query(q, { d: '110117', u })).volunteerActivities.map((a: { id: string }) => a.id);
    expect(await ids()).toEqual([sooner, later]);
    expect(await ids(false)).toEqual([later, sooner, past]);
  });
});
