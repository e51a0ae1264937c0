import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { VolunteerRole } from '../../src/entities';
import { as, ASSIGN, chaoyangOp, END, haidianOp, N, service, volunteeringOn } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { community } = volunteeringOn(() => sg);

describe('volunteer roles', () => {
  it('are assigned and ended by operators of the community’s district; ending twice is CONFLICT', async () => {
    const c = await community();
    const worker = newId();
    const role = dataOf(await sg.query(ASSIGN, { w: worker, c, role: 'DEPUTY_BUILDING_HEAD' }, chaoyangOp)).assignVolunteerRole;
    expect(role).toMatchObject({ role: 'DEPUTY_BUILDING_HEAD', until: null, worker: { id: worker }, community: { id: c, name: '团结湖社区' } });
    expect(errorCodes(await sg.query(END, { id: role.id }, haidianOp))).toEqual(['FORBIDDEN']);
    expect(dataOf(await sg.query(END, { id: role.id }, chaoyangOp)).endVolunteerRole.until).toBeTruthy();
    expect(errorCodes(await sg.query(END, { id: role.id }, chaoyangOp))).toEqual(['CONFLICT']);
    expect(errorCodes(await sg.query(ASSIGN, { w: worker, c, role: 'GRID_MEMBER' }, haidianOp))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(ASSIGN, { w: worker, c: newId(), role: 'GRID_MEMBER' }, as.admin))).toEqual(['NOT_FOUND']);
  });

  it('are held once at a time: assigning again, even 10 times at once, returns the role held', async () => {
    const c = await community();
    const worker = newId();
    const results = await Promise.all(N(10).map(() => sg.query(ASSIGN, { w: worker, c, role: 'GRID_MEMBER' }, as.admin)));
    expect(new Set(results.map((r) => dataOf(r).assignVolunteerRole.id)).size).toBe(1);
    expect(await sg.db.manager.count(VolunteerRole, { where: { workerId: worker } })).toBe(1);
    // Once ended, a new term may begin.
    const first = dataOf(results[0]!).assignVolunteerRole.id;
    dataOf(await sg.query(END, { id: first }, as.admin));
    const second = dataOf(await sg.query(ASSIGN, { w: worker, c, role: 'GRID_MEMBER' }, as.admin)).assignVolunteerRole;
    expect(second.id).not.toBe(first);
  });

  it('are listed on the worker for those who may read the worker', async () => {
    const c = await community();
    const worker = newId();
    dataOf(await sg.query(ASSIGN, { w: worker, c, role: 'PATROL_VOLUNTEER' }, as.admin));
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { volunteerRoles { role community { id } } } } }`;
    const r = [{ __typename: 'Worker', id: worker }];
    expect(dataOf(await sg.query(q, { r }, as.partner('DIDI', worker)))._entities[0].volunteerRoles).toEqual([{ role: 'PATROL_VOLUNTEER', community: { id: c } }]);
    expect(errorCodes(await sg.query(q, { r }, as.partner('DIDI', newId())))).toEqual(['FORBIDDEN']);
  });
});

describe('Worker.volunteerRoles batching', () => {
  it('resolves 10 or 40 workers with the same number of SQL statements', async () => {
    const c = await community();
    const workers = N(40).map(() => newId());
    for (const w of workers) {
      dataOf(await sg.query(ASSIGN, { w, c, role: 'GRID_MEMBER' }, as.admin));
      dataOf(await sg.query(ASSIGN, { w, c, role: 'PATROL_VOLUNTEER' }, as.admin));
    }
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { volunteerRoles { role community { name } } } } }`;
    const cost = async (n: number) => {
      const before = sg.db.statements;
      const res = dataOf(await sg.query(q, { r: workers.slice(0, n).map((id) => ({ __typename: 'Worker', id })) }, as.admin));
      const spent = sg.db.statements - before;
      for (const w of res._entities) expect(w.volunteerRoles).toHaveLength(2);
      return spent;
    };
    const ten = await cost(10);
    expect(await cost(40)).toBe(ten);
    expect(ten).toBe(2);
  });
});
