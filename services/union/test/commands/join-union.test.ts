import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId, demoWorkerId } from '../../src/seed/demo';
import { MembershipEventEntity } from '../../src/entities';
import { service } from '../../src/server';
import { JOIN, WORKER, admin, dashboard, partner, stationsOperator, unionOperator } from '../support';
import { chaoyang, membershipHelpers } from '../support/membership';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const { membershipRows, newWorker } = membershipHelpers(() => sg);

describe('one-stop joining', () => {
  it('makes an ACTIVE membership with member and card numbers and a history row', async () => {
    const workerId = await newWorker();
    const res = dataOf(await sg.query(JOIN, { workerId, branchId: chaoyang, channel: 'ONLINE_QR' }, unionOperator));
    expect(res.joinUnion).toMatchObject({ status: 'ACTIVE', channel: 'ONLINE_QR', branch: { id: chaoyang, name: '朝阳区总工会' } });
    expect(res.joinUnion.memberNo).toMatch(/^BJ\d{4}[2-9A-HJ-NP-Z]{8}$/);
    expect(res.joinUnion.cardNo).toMatch(/^\d{16}$/);
    const [row] = await membershipRows(workerId);
    const events = await sg.db.manager.find(MembershipEventEntity, { where: { membershipId: row!.id } });
    expect(events).toEqual([expect.objectContaining({ status: 'ACTIVE', actor: 'operator:union:key-union-ops' })]);
    const worker = dataOf(await sg.query(WORKER, { id: workerId }, admin)).worker;
    expect(worker.isUnionMember).toBe(true);
    expect(worker.membership.memberNo).toBe(res.joinUnion.memberNo);
  });

  it('numbers a member in the province of the branch joined, or of the worker when the branch names no district', async () => {
    for (const [branch, letters] of [['huicheng', 'GD'], ['tongzhou', 'JS'], ['jinshui', 'HA'], ['beijing', 'BJ']] as const) {
      const workerId = await newWorker();
      const res = dataOf(await sg.query(JOIN, { workerId, branchId: demoBranchId(branch), channel: 'ONSITE_EVENT' }, unionOperator));
      expect({ branch, memberNo: res.joinUnion.memberNo }).toEqual({ branch, memberNo: expect.stringMatching(new RegExp(`^${letters}\\d{4}[2-9A-HJ-NP-Z]{8}$`)) });
    }
  });

  it('lets a partner join for the worker it acts for, without naming the worker', async () => {
    const workerId = await newWorker();
    const res = dataOf(await sg.query(JOIN, { branchId: chaoyang, channel: 'PLATFORM_REFERRAL' }, partner('MEITUAN', workerId)));
    expect(res.joinUnion.channel).toBe('PLATFORM_REFERRAL');
    expect(await membershipRows(workerId)).toHaveLength(1);
  });

  it('returns the same membership when joining again, with no new rows', async () => {
    const workerId = await newWorker();
    const first = dataOf(await sg.query(JOIN, { workerId, branchId: chaoyang, channel: 'ONLINE_QR' }, admin)).joinUnion;
    const again = dataOf(
      await sg.query(JOIN, { workerId, branchId: demoBranchId('haidian'), channel: 'BRANCH_OFFICE' }, admin),
    ).joinUnion;
    expect(again).toEqual(first);
    const rows = await membershipRows(workerId);
    expect(rows).toHaveLength(1);
    expect(await sg.db.manager.count(MembershipEventEntity, { where: { membershipId: rows[0]!.id } })).toBe(1);
  });

  it('leaves exactly one membership after 100 concurrent joins for one worker', async () => {
    const workerId = await newWorker();
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        sg.query(JOIN, { branchId: chaoyang, channel: 'ONLINE_QR' }, partner('MEITUAN', workerId)),
      ),
    );
    const numbers = new Set(results.map((r) => dataOf(r).joinUnion.memberNo));
    expect(numbers.size).toBe(1);
    const rows = await membershipRows(workerId);
    expect(rows).toHaveLength(1);
    expect(await sg.db.manager.count(MembershipEventEntity, { where: { membershipId: rows[0]!.id } })).toBe(1);
  });

  it('gives different workers different member and card numbers', async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, () => newWorker()));
    const joined = await Promise.all(ids.map((workerId) => sg.query(JOIN, { workerId, branchId: chaoyang, channel: 'ONSITE_EVENT' }, admin)));
    const cards = joined.map((r) => dataOf(r).joinUnion);
    expect(new Set(cards.map((c) => c.memberNo)).size).toBe(10);
    expect(new Set(cards.map((c) => c.cardNo)).size).toBe(10);
  });
});

describe('joining refused', () => {
  it('is NOT_FOUND for an unknown worker or branch, and writes nothing', async () => {
    expect(errorCodes(await sg.query(JOIN, { workerId: newId(), branchId: chaoyang, channel: 'ONLINE_QR' }, admin))).toEqual([
      'NOT_FOUND',
    ]);
    const workerId = await newWorker();
    expect(errorCodes(await sg.query(JOIN, { workerId, branchId: newId(), channel: 'ONLINE_QR' }, admin))).toEqual(['NOT_FOUND']);
    expect(await membershipRows(workerId)).toHaveLength(0);
  });

  it('is FORBIDDEN for a partner naming a worker other than the one it acts for', async () => {
    const acting = await newWorker();
    const other = await newWorker();
    const res = await sg.query(JOIN, { workerId: other, branchId: chaoyang, channel: 'ONLINE_QR' }, partner('MEITUAN', acting));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await membershipRows(other)).toHaveLength(0);
  });

  it('is FORBIDDEN for a partner whose acting worker is on another platform', async () => {
    const liNa = demoWorkerId('li-na');
    const res = await sg.query(JOIN, { branchId: chaoyang, channel: 'ONLINE_QR' }, partner('MEITUAN', liNa));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await membershipRows(liNa)).toHaveLength(0);
  });

  it('asks a partner without an acting worker to name one, and admins to pass workerId', async () => {
    expect(errorCodes(await sg.query(JOIN, { branchId: chaoyang, channel: 'ONLINE_QR' }, partner('MEITUAN')))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await sg.query(JOIN, { branchId: chaoyang, channel: 'ONLINE_QR' }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('is FORBIDDEN for dashboards, anonymous callers and other domains’ operators', async () => {
    const workerId = await newWorker();
    for (const p of [undefined, dashboard, stationsOperator]) {
      expect(errorCodes(await sg.query(JOIN, { workerId, branchId: chaoyang, channel: 'ONLINE_QR' }, p))).toEqual(['FORBIDDEN']);
    }
  });
});
