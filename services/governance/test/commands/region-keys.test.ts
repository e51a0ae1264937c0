import { newId, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { as, ASSIGN, CREATE_COMMUNITY, CREATE_REWARD, service } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const huizhou: Principal = { role: 'operator', keyId: 'k-gov-hz', domain: 'governance', districts: ['441300'] };
const guangdong: Principal = { role: 'operator', keyId: 'k-gov-gd', domain: 'governance', districts: ['440000'] };
const sandong: Principal = { role: 'operator', keyId: 'k-gov-sd', domain: 'governance', districts: ['441302103'] };

const community = (districtCode: string, who: Principal) =>
  sg.query(CREATE_COMMUNITY, { input: { name: '水岸城（桥东街道西江社区）', districtCode, riderFriendly: true } }, who);

describe('operator keys limited to a city or a province', () => {
  it('act in every county inside their regions, and nowhere else', async () => {
    for (const code of ['441302', '441322']) expect(errorCodes(await community(code, huizhou))).toEqual([]);
    expect(errorCodes(await community('440305', guangdong))).toEqual([]);
    for (const code of ['440305', '110105']) expect(errorCodes(await community(code, huizhou))).toEqual(['FORBIDDEN']);
    // A street key covers its street, not the county around it.
    expect(errorCodes(await community('441302', sandong))).toEqual(['FORBIDDEN']);
  });

  it('manage what belongs to those counties: a volunteer role at a Huizhou community', async () => {
    const id = dataOf(await community('441322', as.admin)).createCommunity.id;
    const res = await sg.query(ASSIGN, { w: newId(), c: id, role: 'GRID_MEMBER' }, huizhou);
    expect(dataOf(res).assignVolunteerRole.community.id).toBe(id);
    expect(errorCodes(await sg.query(ASSIGN, { w: newId(), c: id, role: 'GRID_MEMBER' }, as.chaoyangOperator))).toEqual(['FORBIDDEN']);
  });

  it('may not create citywide rewards, which reach beyond their regions', async () => {
    const inHuizhou = await sg.query(CREATE_REWARD, { input: { title: '洗车一次', costPoints: 30, stock: 10, districtCode: '441302' } }, huizhou);
    expect(dataOf(inHuizhou).createReward.district).toEqual({ code: '441302' });
    const citywide = await sg.query(CREATE_REWARD, { input: { title: '差评抵消一次', costPoints: 50, stock: 10 } }, huizhou);
    expect(errorCodes(citywide)).toEqual(['FORBIDDEN']);
    expect(citywide.errors![0]!.message).toContain('441300');
  });
});
