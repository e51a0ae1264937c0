import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId } from '../../src/seed/demo';
import { MembershipEventEntity } from '../../src/entities';
import { service } from '../../src/server';
import { JOIN, admin, dashboard, partner, stationsOperator, unionOperator } from '../support';
import { HISTORY, WITHDRAW, chaoyang, membershipHelpers } from '../support/membership';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const { joined, membershipRows, newWorker } = membershipHelpers(() => sg);

describe('withdrawal and re-joining', () => {
  it('withdraws with who and why in the history, and the worker is no longer a member', async () => {
    const workerId = await newWorker();
    const card = await joined(workerId);
    const res = dataOf(await sg.query(WITHDRAW, { workerId, reason: '转行' }, unionOperator)).withdrawMembership;
    expect(res).toMatchObject({ memberNo: card.memberNo, status: 'WITHDRAWN' });
    expect(res.history).toEqual([
      { status: 'ACTIVE', actor: 'admin:key-admin', reason: null },
      { status: 'WITHDRAWN', actor: 'operator:union:key-union-ops', reason: '转行' },
    ]);
    expect(dataOf(await sg.query(HISTORY, { id: workerId }, admin)).worker.isUnionMember).toBe(false);
  });

  it('lets the partner acting for the worker withdraw, and no one else’s worker', async () => {
    const workerId = await newWorker();
    await joined(workerId);
    const other = await newWorker();
    await joined(other);
    expect(errorCodes(await sg.query(WITHDRAW, { workerId: other }, partner('MEITUAN', workerId)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(WITHDRAW, { workerId }, partner('ELEME', workerId)))).toEqual(['FORBIDDEN']);
    const res = dataOf(await sg.query(WITHDRAW, { workerId }, partner('MEITUAN', workerId))).withdrawMembership;
    expect(res.status).toBe('WITHDRAWN');
    expect(res.history[1]).toEqual({ status: 'WITHDRAWN', actor: 'partner:MEITUAN', reason: null });
    expect((await membershipRows(other))[0]!.status).toBe('ACTIVE');
  });

  it('refuses dashboards, anonymous callers and other domains’ operators, and changes nothing', async () => {
    const workerId = await newWorker();
    await joined(workerId);
    for (const p of [undefined, dashboard, stationsOperator, partner('MEITUAN')]) {
      expect(errorCodes(await sg.query(WITHDRAW, { workerId }, p))).toEqual(['FORBIDDEN']);
    }
    expect((await membershipRows(workerId))[0]!.status).toBe('ACTIVE');
  });

  it('is NOT_FOUND for a worker without a membership, and a no-op when already withdrawn', async () => {
    const workerId = await newWorker();
    expect(errorCodes(await sg.query(WITHDRAW, { workerId }, admin))).toEqual(['NOT_FOUND']);
    await joined(workerId);
    dataOf(await sg.query(WITHDRAW, { workerId }, admin));
    const again = dataOf(await sg.query(WITHDRAW, { workerId }, admin)).withdrawMembership;
    expect(again.history).toHaveLength(2);
  });

  it('reactivates the same membership on re-joining: same member number, new card, history kept', async () => {
    const workerId = await newWorker();
    const first = await joined(workerId);
    dataOf(await sg.query(WITHDRAW, { workerId, reason: '离京' }, admin));
    const again = dataOf(
      await sg.query(JOIN, { branchId: demoBranchId('haidian'), channel: 'PLATFORM_REFERRAL' }, partner('MEITUAN', workerId)),
    ).joinUnion;
    expect(again).toMatchObject({ memberNo: first.memberNo, status: 'ACTIVE', channel: 'PLATFORM_REFERRAL' });
    expect(again.cardNo).not.toBe(first.cardNo);
    expect(new Date(again.joinedAt).getTime()).toBeGreaterThan(new Date(first.joinedAt).getTime());
    const worker = dataOf(await sg.query(HISTORY, { id: workerId }, admin)).worker;
    expect(worker.isUnionMember).toBe(true);
    expect(worker.membership.branch.id).toBe(demoBranchId('haidian'));
    expect(worker.membership.history.map((e: { status: string; reason: string | null }) => [e.status, e.reason])).toEqual([
      ['ACTIVE', null],
      ['WITHDRAWN', '离京'],
      ['ACTIVE', 'joined again after withdrawal'],
    ]);
    expect(await membershipRows(workerId)).toHaveLength(1);
  });

  it('reactivates exactly once under 100 concurrent re-joins', async () => {
    const workerId = await newWorker();
    await joined(workerId);
    dataOf(await sg.query(WITHDRAW, { workerId }, admin));
    const results = await Promise.all(
      Array.from({ length: 100 }, () => sg.query(JOIN, { branchId: chaoyang, channel: 'ONLINE_QR' }, partner('MEITUAN', workerId))),
    );
    expect(new Set(results.map((r) => dataOf(r).joinUnion.cardNo)).size).toBe(1);
    const rows = await membershipRows(workerId);
    expect(rows).toHaveLength(1);
    const events = await sg.db.manager.find(MembershipEventEntity, { where: { membershipId: rows[0]!.id } });
    expect(events.map((e) => e.status).sort()).toEqual(['ACTIVE', 'ACTIVE', 'WITHDRAWN']);
  });
});
