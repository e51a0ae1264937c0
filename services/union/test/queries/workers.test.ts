import { AuditEntity, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId, demoWorkerId } from '../../src/seed/demo';
import { service } from '../../src/server';
import { phones } from '../../src/settings';
import { JOIN, admin, dashboard, freshPhone, partner, stationsOperator, unionOperator } from '../support';
import { registeredAtDesk } from '../support/workers';

let sg: TestSubgraph;
const batch: string[] = [];

beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
  // 110 workers in Xicheng on MEITUAN, every third also on ELEME, every other one a member.
  for (let i = 0; i < 110; i++) {
    const input = { name: `批量骑手${i}`, phone: freshPhone(), occupation: i % 5 === 0 ? 'COURIER' : 'FOOD_DELIVERY', districtCode: '110102' };
    const id = await registeredAtDesk(sg, input, i % 3 === 0 ? { MEITUAN: `mt-list-${i}`, ELEME: `ele-list-${i}` } : { MEITUAN: `mt-list-${i}` });
    if (i % 2 === 0) dataOf(await sg.query(JOIN, { workerId: id, branchId: demoBranchId('beijing'), channel: 'ONLINE_QR' }, admin));
    batch.push(id);
  }
}, 120_000);
afterAll(() => sg.stop());

const LIST = `query($filter: WorkerFilter, $first: Int, $after: String) {
  workers(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name phone isUnionMember platformAccounts { platform { code } externalId }
      membership { memberNo status branch { name } history { status } } } }
  }
}`;

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: any }[] };
async function list(p: Principal, filter: Record<string, unknown> = {}, first = 20, after?: string): Promise<Page> {
  return dataOf(await sg.query(LIST, { filter, first, after }, p)).workers;
}
const names = (page: Page) => page.edges.map((e) => e.node.name);
const refusal = (res: GraphQLResponse) => res.errors?.map((e) => ({ code: e.extensions?.code, reason: e.extensions?.reason }));
/** Audit rows of phone searches made with a key, and of the workers they found. */
const phoneSearchRows = (keyId: string) => sg.db.manager.find(AuditEntity, { where: { keyId, field: 'Query.workers(search: phone)' }, order: { at: 'ASC', id: 'ASC' } });

describe('listing workers', () => {
  it('walks every worker of a district page by page, in id order, with totalCount', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await list(unionOperator, { district: '110102' }, 40, after);
      expect(page.totalCount).toBe(110);
      seen.push(...page.edges.map((e) => e.node.id));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(pages).toBe(3);
    // ids are UUIDv7: id order is registration order to the millisecond.
    expect(seen).toEqual([...batch].sort());
  });

  it('filters by occupation, platform and membership together', async () => {
    const expected = batch.filter((_, i) => i % 5 === 0 && i % 3 === 0 && i % 2 === 0).sort();
    const page = await list(admin, { district: '110102', occupation: 'COURIER', platform: 'ELEME', member: true }, 100);
    expect(page.edges.map((e) => e.node.id)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
    const nonMembers = await list(admin, { district: '110102', member: false }, 100);
    expect(nonMembers.totalCount).toBe(55);
    expect(nonMembers.edges.every((e) => !e.node.isUnionMember)).toBe(true);
  });

  it('searches by name substring, and by a whole phone through its hash', async () => {
    expect(names(await list(admin, { search: '骑手10' }, 100)).sort()).toEqual(['批量骑手10', '批量骑手100', '批量骑手101', '批量骑手102', '批量骑手103', '批量骑手104', '批量骑手105', '批量骑手106', '批量骑手107', '批量骑手108', '批量骑手109'].sort());
    expect(names(await list(admin, { search: '+86 138-0013-8001' }))).toEqual(['王强']);
    expect((await list(admin, { search: '100%' })).totalCount).toBe(0);
    expect((await list(admin, { search: '_' })).totalCount).toBe(0);
  });

  it('refuses digits that are not a whole number, so that masked digits cannot be tried, and logs nothing', async () => {
    const logged = (await phoneSearchRows(unionOperator.keyId!)).length;
    for (const search of ['8001', '138 0013', '1380013800']) {
      const res = await sg.query(LIST, { filter: { search } }, unionOperator);
      expect({ search, refusal: refusal(res) }).toEqual({ search, refusal: [{ code: 'BAD_USER_INPUT', reason: 'PHONE_SEARCH_WHOLE_NUMBER' }] });
      expect(res.errors?.[0]?.extensions?.field).toBe('search');
    }
    expect(await phoneSearchRows(unionOperator.keyId!)).toHaveLength(logged);
  });

  it('writes each phone search to the audit log: the number by its keyed hash, and each worker found', async () => {
    const searcher: Principal = { role: 'operator', domain: 'union', keyId: 'key-union-desk-3' };
    expect(names(await list(searcher, { search: '13800138001' }))).toEqual(['王强']);
    const nobody = freshPhone();
    expect((await list(searcher, { search: nobody })).totalCount).toBe(0);
    const rows = await phoneSearchRows('key-union-desk-3');
    // Rows of one request share their time, so they are compared in no particular order.
    const seen = rows.map((r) => ({ type: r.subjectType, id: r.subjectId, role: r.role }));
    expect(seen).toHaveLength(3);
    expect(seen).toEqual(
      expect.arrayContaining([
        { type: 'PhoneSearch', id: phones.hash('13800138001'), role: 'operator' },
        { type: 'Worker', id: demoWorkerId('wang-qiang'), role: 'operator' },
        { type: 'PhoneSearch', id: phones.hash(nobody), role: 'operator' },
      ]),
    );
    expect(rows.some((r) => r.subjectId.includes('13800138001'))).toBe(false);
  });

  it('allows a union operator’s key 60 phone searches an hour, then RATE_LIMITED; admins are not limited', async () => {
    const searcher: Principal = { role: 'operator', domain: 'union', keyId: 'key-union-desk-4' };
    for (let i = 0; i < 60; i++) await list(searcher, { search: '13800138001' });
    const limited = await sg.query(LIST, { filter: { search: '13800138001' } }, searcher);
    expect(refusal(limited)).toEqual([{ code: 'RATE_LIMITED', reason: 'PHONE_SEARCHES' }]);
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.data?.workers ?? null).toBeNull();
    // The refused search found nothing, so nothing more was logged; names are still searched.
    expect((await phoneSearchRows('key-union-desk-4')).filter((r) => r.subjectType === 'PhoneSearch')).toHaveLength(60);
    expect(names(await list(searcher, { search: '王强' }))).toEqual(['王强']);
    // Another key has its own hour.
    expect(names(await list({ ...searcher, keyId: 'key-union-desk-5' }, { search: '13800138001' }))).toEqual(['王强']);
    const adminKey: Principal = { role: 'admin', keyId: 'key-admin-searcher' };
    for (let i = 0; i < 61; i++) expect((await list(adminKey, { search: '13800138001' })).totalCount).toBe(1);
  });

  it('shows union staff whole phones and every account', async () => {
    const page = await list(admin, { search: '13800138001' });
    expect(page.edges[0]!.node).toMatchObject({ phone: '13800138001', isUnionMember: true });
    const chen = (await list(unionOperator, { search: '陈静' })).edges[0]!.node;
    expect(chen.platformAccounts.map((a: { externalId: string }) => a.externalId).sort()).toEqual(['ele-20002', 'mt-10002']);
  });
});

describe('what a partner lists', () => {
  it('lists only workers on its own platform, with masked phones and only its own accounts', async () => {
    const page = await list(partner('ELEME'), {}, 100);
    // The 37 Xicheng workers also on ELEME, and the demo's: 李娜, 陈静 in Beijing, 林芳, 顾萍, 赵刚 elsewhere.
    expect(page.totalCount).toBe(37 + 5);
    const ids = page.edges.map((e) => e.node.id);
    expect(ids).toContain(demoWorkerId('li-na'));
    expect(ids).toContain(demoWorkerId('chen-jing'));
    expect(ids).not.toContain(demoWorkerId('wang-qiang'));
    for (const e of page.edges) {
      expect(e.node.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(e.node.platformAccounts.every((a: { platform: { code: string } }) => a.platform.code === 'ELEME')).toBe(true);
    }
  });

  it('never searches by phone, not even for its own workers', async () => {
    for (const [p, search] of [[partner('ELEME'), '13800138001'], [partner('MEITUAN'), '+86 138-0013-8001'], [partner('MEITUAN'), '8001']] as const) {
      const res = await sg.query(LIST, { filter: { search } }, p);
      expect({ search, refusal: refusal(res) }).toEqual({ search, refusal: [{ code: 'FORBIDDEN', reason: 'PHONE_SEARCH_FORBIDDEN' }] });
      expect(res.data?.workers ?? null).toBeNull();
    }
    expect(await phoneSearchRows(partner('MEITUAN').keyId!)).toEqual([]);
  });

  it('finds no other platform’s worker by search, and may not filter on another platform', async () => {
    expect((await list(partner('ELEME'), { search: '王强' })).totalCount).toBe(0);
    expect(names(await list(partner('MEITUAN'), { search: '王强' }))).toEqual(['王强']);
    expect(errorCodes(await sg.query(LIST, { filter: { platform: 'MEITUAN' } }, partner('ELEME')))).toEqual(['FORBIDDEN']);
    expect((await list(partner('ELEME'), { platform: 'ELEME', district: '110108' })).totalCount).toBe(1);
  });

  it('is refused to dashboards, anonymous callers and other domains’ operators', async () => {
    for (const p of [dashboard, undefined, stationsOperator]) {
      expect(errorCodes(await sg.query(LIST, {}, p))).toEqual(['FORBIDDEN']);
    }
  });

  it('refuses bad page sizes, cursors and districts', async () => {
    expect(errorCodes(await sg.query(LIST, { first: 101 }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(LIST, { after: 'nonsense' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(LIST, { filter: { district: '1101' } }, admin))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('batching the listing', () => {
  async function statementsFor(first: number, p: Principal): Promise<number> {
    const before = sg.db.statements;
    const page = await list(p, { district: '110102' }, first);
    expect(page.edges).toHaveLength(first);
    expect(page.edges.filter((e) => e.node.membership).length).toBe(first / 2);
    return sg.db.statements - before;
  }

  it('costs the same SQL for a page of 100 as for 10, with membership, history and platform accounts', async () => {
    const ten = await statementsFor(10, admin);
    expect(await statementsFor(100, admin)).toBe(ten);
    // count, page, accounts, platforms, membership, branch, history; and, since admins see
    // phones whole, one audit write per request (begin, one insert, commit)
    expect(ten).toBeLessThanOrEqual(7 + 3);
  });

  it('costs the same for a partner', async () => {
    const ten = await statementsFor(10, partner('MEITUAN'));
    expect(await statementsFor(100, partner('MEITUAN'))).toBe(ten);
  });
});
