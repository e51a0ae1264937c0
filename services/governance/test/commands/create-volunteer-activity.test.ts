import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { as, chaoyangOp, CREATE_ACTIVITY, inDays, outcome, service, volunteeringOn } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { community } = volunteeringOn(() => sg);

describe('volunteer activities', () => {
  it('are created in a community’s district, or in a named district without one', async () => {
    const c = await community();
    const a = dataOf(await sg.query(CREATE_ACTIVITY, { input: { title: '消防巡查', communityId: c, startsAt: inDays(2), hours: 3, pointsPerParticipant: 10, capacity: 12 } }, chaoyangOp));
    expect(a.createVolunteerActivity).toMatchObject({ title: '消防巡查', participants: 0, capacity: 12, community: { id: c } });
    const base = { title: '反诈宣传', startsAt: inDays(2), hours: 1.5, pointsPerParticipant: 5, capacity: 20 };
    expect(errorCodes(await sg.query(CREATE_ACTIVITY, { input: base }, as.admin))).toEqual(['BAD_USER_INPUT']);
    expect(outcome(await sg.query(CREATE_ACTIVITY, { input: { ...base, districtCode: '110105' } }, chaoyangOp))).toBe('ok');
    expect(errorCodes(await sg.query(CREATE_ACTIVITY, { input: { ...base, districtCode: '110108' } }, chaoyangOp))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(CREATE_ACTIVITY, { input: { ...base, communityId: c, districtCode: '110108' } }, as.admin))).toEqual(['BAD_USER_INPUT']);
    for (const bad of [{ capacity: 0 }, { hours: 0 }, { pointsPerParticipant: 0 }, { title: ' ' }]) {
      expect(errorCodes(await sg.query(CREATE_ACTIVITY, { input: { ...base, districtCode: '110105', ...bad } }, as.admin))).toEqual(['BAD_USER_INPUT']);
    }
  });
});
