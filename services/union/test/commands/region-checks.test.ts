import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { UnionBranchEntity, WorkerEntity } from '../../src/entities';
import { service } from '../../src/server';
import { freshPhone, unionOperator } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const REGISTER = `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id district { code } streetCode } }`;
const CREATE_BRANCH = `mutation($input: UnionBranchInput!) { createUnionBranch(input: $input) { id district { code } } }`;
const WORKERS = `query($d: ID) { workers(filter: { district: $d }) { totalCount } }`;

const input = (over: Record<string, unknown> = {}) => ({ name: '刘洋', phone: freshPhone(), occupation: 'RIDE_HAILING', districtCode: '441302', ...over });

/** The error's code and the field it names, or null when the call succeeded. */
function refusal(res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) {
  const e = res.errors?.[0];
  return e ? { code: e.extensions?.code, field: e.extensions?.field } : null;
}

describe('region codes a client sends to the union service', () => {
  it('registers a worker in any county of the catalogue, with a street of that county', async () => {
    // A ride-hailing driver of Huizhou, 惠城区三栋镇: no Beijing district, still a real county.
    const w = dataOf(await sg.query(REGISTER, { input: input({ streetCode: '441302103' }) }, unionOperator)).registerWorker;
    expect(w).toMatchObject({ district: { code: '441302' }, streetCode: '441302103' });
    expect(await sg.db.manager.findOneByOrFail(WorkerEntity, { id: w.id })).toMatchObject({ districtCode: '441302', streetCode: '441302103' });
    // 八里庄街道 in 朝阳区; without a street the field reads null.
    expect(dataOf(await sg.query(REGISTER, { input: input({ districtCode: '110105', streetCode: '110105015' }) }, unionOperator)).registerWorker.streetCode).toBe('110105015');
    expect(dataOf(await sg.query(REGISTER, { input: input({ districtCode: '320613' }) }, unionOperator)).registerWorker).toMatchObject({ district: { code: '320613' }, streetCode: null });
  });

  it('refuses an unknown code, a code of another level and a street of another county, writing nothing', async () => {
    const before = await sg.db.manager.count(WorkerEntity);
    const cases: [Record<string, unknown>, string][] = [
      [{ districtCode: '999999' }, 'districtCode'],
      [{ districtCode: '441300' }, 'districtCode'], // 惠州市 is a city
      [{ districtCode: '440000' }, 'districtCode'], // 广东省 is a province
      [{ districtCode: '441302103' }, 'districtCode'], // a street is not a district
      [{ streetCode: '441302999' }, 'streetCode'],
      [{ streetCode: '441302' }, 'streetCode'], // a county is not a street
      [{ streetCode: '110105015' }, 'streetCode'], // 八里庄街道 is in 朝阳区, not 惠城区
    ];
    for (const [over, field] of cases) {
      expect(refusal(await sg.query(REGISTER, { input: input(over) }, unionOperator))).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(await sg.db.manager.count(WorkerEntity)).toBe(before);
  });

  it('checks a branch’s district against the catalogue', async () => {
    const before = await sg.db.manager.count(UnionBranchEntity);
    for (const districtCode of ['999999', '441300', '441302103']) {
      expect(refusal(await sg.query(CREATE_BRANCH, { input: { name: '某区工会', level: 'DISTRICT', districtCode } }, unionOperator))).toEqual({ code: 'BAD_USER_INPUT', field: 'districtCode' });
    }
    expect(await sg.db.manager.count(UnionBranchEntity)).toBe(before);
    const b = dataOf(await sg.query(CREATE_BRANCH, { input: { name: '惠城区总工会', level: 'DISTRICT', districtCode: '441302' } }, unionOperator)).createUnionBranch;
    expect(b.district).toEqual({ code: '441302' });
  });

  it('filters by district: a malformed code is refused, a valid one without workers answers empty', async () => {
    expect(refusal(await sg.query(WORKERS, { d: 'chaoyang' }, unionOperator))).toEqual({ code: 'BAD_USER_INPUT', field: 'district' });
    expect(dataOf(await sg.query(WORKERS, { d: '110229' }, unionOperator)).workers.totalCount).toBe(0);
    expect(dataOf(await sg.query(WORKERS, { d: '441302' }, unionOperator)).workers.totalCount).toBe(1);
  });
});
