import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { PointsAccount, PointsEntry, Participation, VolunteerActivity, VolunteerRole } from '../src/entities';
import { as, chaoyangOp, haidianOp, N, outcome, service } from './support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const CREATE_COMMUNITY = /* GraphQL */ `
  mutation($input: CommunityInput!) { createCommunity(input: $input) { id name district { code } riderFriendly passValidityDays } }
`;
const ASSIGN = /* GraphQL */ `
  mutation($w: ID!, $c: ID!, $role: RoleKind!) {
    assignVolunteerRole(workerId: $w, communityId: $c, role: $role) { id role since until worker { id } community { id name } }
  }
`;
const END = `mutation($id: ID!) { endVolunteerRole(id: $id) { id until } }`;
const CREATE_ACTIVITY = /* GraphQL */ `
  mutation($input: ActivityInput!) {
    createVolunteerActivity(input: $input) { id title startsAt hours pointsPerParticipant capacity participants community { id } }
  }
`;
const JOIN = `mutation($a: ID!, $w: ID) { joinVolunteerActivity(activityId: $a, workerId: $w) { id participants capacity } }`;
const CONFIRM = `mutation($a: ID!, $w: ID!) { confirmParticipation(activityId: $a, workerId: $w) { id delta reason reference balanceAfter } }`;

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

async function community(input: Record<string, unknown> = {}): Promise<string> {
  const res = await sg.query(CREATE_COMMUNITY, { input: { name: '团结湖社区', districtCode: '110105', riderFriendly: true, ...input } }, as.admin);
  return dataOf(res).createCommunity.id;
}
async function activity(input: Record<string, unknown> = {}): Promise<string> {
  const base = { title: '楼道清障', startsAt: inDays(3), hours: 2, pointsPerParticipant: 8, capacity: 5, communityId: await community() };
  return dataOf(await sg.query(CREATE_ACTIVITY, { input: { ...base, ...input } }, as.admin)).createVolunteerActivity.id;
}
/** Moves an activity's start into the past, as if it had taken place. */
const startNow = (id: string) => sg.db.manager.update(VolunteerActivity, { id }, { startsAt: new Date(Date.now() - 3600_000) });
const balanceOf = async (workerId: string) => (await sg.db.manager.findOne(PointsAccount, { where: { workerId } }))?.balance ?? 0;

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

  it('take sign-ups up to capacity, never over it when 20 workers race', async () => {
    const id = await activity({ capacity: 5 });
    const workers = N(20).map(() => newId());
    const results = await Promise.all(workers.map((w) => sg.query(JOIN, { a: id }, as.partner('MEITUAN', w))));
    expect(results.filter((r) => outcome(r) === 'ok')).toHaveLength(5);
    const full = results.filter((r) => outcome(r) !== 'ok');
    expect(full.map(outcome)).toEqual(Array(15).fill('CONFLICT'));
    expect(full[0]!.errors![0]!.message).toMatch(/full/);
    expect(await sg.db.manager.count(Participation, { where: { activityId: id } })).toBe(5);
    expect((await sg.db.manager.findOneByOrFail(VolunteerActivity, { id })).participants).toBe(5);
  });

  it('count a worker once however often they sign up, also concurrently', async () => {
    const id = await activity({ capacity: 5 });
    const worker = newId();
    const results = await Promise.all(N(10).map(() => sg.query(JOIN, { a: id }, as.partner('MEITUAN', worker))));
    expect(results.map(outcome)).toEqual(Array(10).fill('ok'));
    expect((await sg.db.manager.findOneByOrFail(VolunteerActivity, { id })).participants).toBe(1);
  });

  it('close sign-up once started', async () => {
    const id = await activity();
    await startNow(id);
    expect(errorCodes(await sg.query(JOIN, { a: id }, as.partner('MEITUAN', newId())))).toEqual(['CONFLICT']);
  });

  it('pay the activity’s points once on confirmation, however often and concurrently it is confirmed', async () => {
    const id = await activity({ pointsPerParticipant: 8 });
    const worker = newId();
    dataOf(await sg.query(JOIN, { a: id, w: worker }, as.operator));
    expect(errorCodes(await sg.query(CONFIRM, { a: id, w: worker }, chaoyangOp))).toEqual(['CONFLICT']);
    await startNow(id);
    const results = await Promise.all(N(10).map(() => sg.query(CONFIRM, { a: id, w: worker }, chaoyangOp)));
    const entries = results.map((r) => dataOf(r).confirmParticipation);
    expect(new Set(entries.map((e) => e.id)).size).toBe(1);
    expect(entries[0]).toMatchObject({ delta: 8, reason: 'ACTIVITY', reference: id, balanceAfter: 8 });
    expect(await balanceOf(worker)).toBe(8);
    expect(await sg.db.manager.count(PointsEntry, { where: { workerId: worker } })).toBe(1);
    const p = await sg.db.manager.findOneByOrFail(Participation, { activityId: id, workerId: worker });
    expect(p.confirmedAt).toBeTruthy();
    expect(p.pointsAwarded).toBe(8);
  });

  it('confirm only signed-up workers, by operators of the district', async () => {
    const id = await activity();
    await startNow(id);
    expect(errorCodes(await sg.query(CONFIRM, { a: id, w: newId() }, chaoyangOp))).toEqual(['CONFLICT']);
    expect(errorCodes(await sg.query(CONFIRM, { a: id, w: newId() }, haidianOp))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(CONFIRM, { a: id, w: newId() }, as.partner('MEITUAN', newId())))).toEqual(['FORBIDDEN']);
  });

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
