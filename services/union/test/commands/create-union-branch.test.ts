import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { UnionBranchEntity } from '../../src/entities';
import { service } from '../../src/server';
import { admin, dashboard, partner, unionOperator } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const CREATE_BRANCH = `mutation($input: UnionBranchInput!) { createUnionBranch(input: $input) { id name level district { code } } }`;
const BRANCHES = `query($district: ID) { unionBranches(district: $district) { name level district { code } } }`;

describe('union branches', () => {
  it('are added by admins and union operators and listed by level, optionally per district', async () => {
    dataOf(await sg.query(CREATE_BRANCH, { input: { name: '朝阳区总工会', level: 'DISTRICT', districtCode: '110105' } }, unionOperator));
    dataOf(await sg.query(CREATE_BRANCH, { input: { name: '北京市总工会', level: 'CITY' } }, admin));
    dataOf(await sg.query(CREATE_BRANCH, { input: { name: '海淀区总工会', level: 'DISTRICT', districtCode: '110108' } }, admin));
    const all = dataOf(await sg.query(BRANCHES, {})).unionBranches;
    expect(all).toEqual([
      { name: '北京市总工会', level: 'CITY', district: null },
      { name: '朝阳区总工会', level: 'DISTRICT', district: { code: '110105' } },
      { name: '海淀区总工会', level: 'DISTRICT', district: { code: '110108' } },
    ]);
    expect(dataOf(await sg.query(BRANCHES, { district: '110108' })).unionBranches).toEqual([
      { name: '海淀区总工会', level: 'DISTRICT', district: { code: '110108' } },
    ]);
  });

  it('need a district below city level, and a well-formed one', async () => {
    expect(errorCodes(await sg.query(CREATE_BRANCH, { input: { name: '某街道工会', level: 'SUBDISTRICT' } }, admin))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      errorCodes(await sg.query(CREATE_BRANCH, { input: { name: '某街道工会', level: 'SUBDISTRICT', districtCode: '1101' } }, admin)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(BRANCHES, { district: 'chaoyang' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('keep a district-limited operator to its districts', async () => {
    const limited = { ...unionOperator, districts: ['110105'] };
    const before = await sg.db.manager.count(UnionBranchEntity);
    expect(
      errorCodes(await sg.query(CREATE_BRANCH, { input: { name: '海淀某工会', level: 'DISTRICT', districtCode: '110108' } }, limited)),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(CREATE_BRANCH, { input: { name: '某市工会', level: 'CITY' } }, limited))).toEqual(['FORBIDDEN']);
    dataOf(await sg.query(CREATE_BRANCH, { input: { name: '望京街道工会', level: 'SUBDISTRICT', districtCode: '110105' } }, limited));
    expect(await sg.db.manager.count(UnionBranchEntity)).toBe(before + 1);
  });

  it('keep a region-limited operator to the counties inside its regions', async () => {
    const huizhou = { ...unionOperator, districts: ['441300'] };
    const before = await sg.db.manager.count(UnionBranchEntity);
    dataOf(await sg.query(CREATE_BRANCH, { input: { name: '博罗县总工会', level: 'DISTRICT', districtCode: '441322' } }, huizhou));
    for (const input of [
      { name: '朝阳某工会', level: 'DISTRICT', districtCode: '110105' },
      { name: '惠州市总工会', level: 'CITY' },
    ]) {
      expect(errorCodes(await sg.query(CREATE_BRANCH, { input }, huizhou))).toEqual(['FORBIDDEN']);
    }
    // A key whose regions cover the nation is not limited to any city.
    dataOf(await sg.query(CREATE_BRANCH, { input: { name: '全国某市工会', level: 'CITY' } }, { ...unionOperator, districts: ['100000'] }));
    expect(await sg.db.manager.count(UnionBranchEntity)).toBe(before + 2);
  });

  it('are not added by partners or dashboards', async () => {
    for (const p of [partner('MEITUAN'), dashboard, undefined]) {
      expect(errorCodes(await sg.query(CREATE_BRANCH, { input: { name: 'x', level: 'CITY' } }, p))).toEqual(['FORBIDDEN']);
    }
  });

  it('refuse a districtCode on a CITY branch, which covers the whole city', async () => {
    const before = await sg.db.manager.count(UnionBranchEntity);
    expect(
      errorCodes(await sg.query(CREATE_BRANCH, { input: { name: '某市工会', level: 'CITY', districtCode: '110105' } }, admin)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await sg.db.manager.count(UnionBranchEntity)).toBe(before);
  });

  it('are listed by level when asked, within a district or across the city', async () => {
    dataOf(await sg.query(CREATE_BRANCH, { input: { name: '美团朝阳工会', level: 'ENTERPRISE', districtCode: '110105' } }, admin));
    const levelled = `query($district: ID, $level: BranchLevel) { unionBranches(district: $district, level: $level) { name level } }`;
    expect(dataOf(await sg.query(levelled, { level: 'ENTERPRISE' })).unionBranches).toEqual([{ name: '美团朝阳工会', level: 'ENTERPRISE' }]);
    expect(dataOf(await sg.query(levelled, { district: '110105', level: 'SUBDISTRICT' })).unionBranches).toEqual([
      { name: '望京街道工会', level: 'SUBDISTRICT' },
    ]);
    expect(dataOf(await sg.query(levelled, { district: '110108', level: 'ENTERPRISE' })).unionBranches).toEqual([]);
    expect(errorCodes(await sg.query(levelled, { level: 'STREET' }))).toEqual(['BAD_USER_INPUT']);
  });
});
