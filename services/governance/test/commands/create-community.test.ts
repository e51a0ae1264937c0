import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { as, chaoyangOp, CREATE_COMMUNITY, haidianOp, outcome, service, volunteeringOn } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { community } = volunteeringOn(() => sg);

describe('communities', () => {
  it('are created by governance operators of the district, with 30 days of pass validity by default', async () => {
    const res = await sg.query(CREATE_COMMUNITY, { input: { name: ' 望京西园三区 ', districtCode: '110105', riderFriendly: true } }, chaoyangOp);
    expect(dataOf(res).createCommunity).toMatchObject({ name: '望京西园三区', district: { code: '110105' }, riderFriendly: true, passValidityDays: 30 });
    const other = { name: '中关村东里', districtCode: '110108', riderFriendly: false };
    expect(errorCodes(await sg.query(CREATE_COMMUNITY, { input: other }, chaoyangOp))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(CREATE_COMMUNITY, { input: other }, as.partner('MEITUAN', newId())))).toEqual(['FORBIDDEN']);
    expect(outcome(await sg.query(CREATE_COMMUNITY, { input: other }, haidianOp))).toBe('ok');
  });

  it('refuses bad input', async () => {
    for (const bad of [{ name: '' }, { districtCode: 'chaoyang' }, { passValidityDays: 0 }, { passValidityDays: 367 }]) {
      const res = await sg.query(CREATE_COMMUNITY, { input: { name: 'x', districtCode: '110105', riderFriendly: true, ...bad } }, as.admin);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('are listed publicly by district', async () => {
    const id = await community({ districtCode: '110119', name: '延庆某社区' });
    const q = `query($d: ID) { communities(district: $d) { id name district { code } } }`;
    expect(dataOf(await sg.query(q, { d: '110119' })).communities).toEqual([{ id, name: '延庆某社区', district: { code: '110119' } }]);
    expect(errorCodes(await sg.query(q, { d: 'x' }))).toEqual(['BAD_USER_INPUT']);
  });
});
