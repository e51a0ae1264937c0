import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId, demoWorkerId } from '../src/demo';
import { MembershipEntity, MembershipEventEntity } from '../src/entities';
import { service } from '../src/service';
import { JOIN, REGISTER, WORKER, admin, dashboard, freshPhone, partner, stationsOperator, unionOperator } from './support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const chaoyang = demoBranchId('chaoyang');

async function newWorker(platformExternalId = `mt-${newId().slice(-12)}`): Promise<string> {
  const input = { name: '周敏', phone: freshPhone(), occupation: 'COURIER', districtCode: '110105', platformExternalId };
  return dataOf(await sg.query(REGISTER, { input }, partner('MEITUAN'))).registerWorker.id;
}

const membershipRows = (workerId: string) => sg.db.manager.find(MembershipEntity, { where: { workerId } });

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

const WITHDRAW = `mutation($workerId: ID!, $reason: String) {
  withdrawMembership(workerId: $workerId, reason: $reason) { memberNo cardNo status joinedAt history { status actor reason } }
}`;
const LAPSE = `mutation($workerId: ID!, $reason: String!) { lapseMembership(workerId: $workerId, reason: $reason) { status } }`;
const HISTORY = `query($id: ID!) { worker(id: $id) { isUnionMember membership { memberNo cardNo status channel branch { id } history { status at actor reason } } } }`;

async function joined(workerId: string) {
  return dataOf(await sg.query(JOIN, { workerId, branchId: chaoyang, channel: 'ONLINE_QR' }, admin)).joinUnion;
}

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

describe('lapsing', () => {
  it('marks an ACTIVE membership LAPSED; renewing keeps the card', async () => {
    const workerId = await newWorker();
    const card = await joined(workerId);
    expect(dataOf(await sg.query(LAPSE, { workerId, reason: '会费未续' }, unionOperator)).lapseMembership.status).toBe('LAPSED');
    expect(dataOf(await sg.query(HISTORY, { id: workerId }, admin)).worker.isUnionMember).toBe(false);
    const renewed = await joined(workerId);
    expect(renewed).toMatchObject({ memberNo: card.memberNo, cardNo: card.cardNo, status: 'ACTIVE' });
    const history = dataOf(await sg.query(HISTORY, { id: workerId }, admin)).worker.membership.history;
    expect(history.map((e: { status: string }) => e.status)).toEqual(['ACTIVE', 'LAPSED', 'ACTIVE']);
  });

  it('cannot lapse a withdrawn membership (CONFLICT), and only union staff lapse', async () => {
    const workerId = await newWorker();
    await joined(workerId);
    expect(errorCodes(await sg.query(LAPSE, { workerId, reason: 'x' }, partner('MEITUAN', workerId)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(LAPSE, { workerId, reason: '  ' }, admin))).toEqual(['BAD_USER_INPUT']);
    dataOf(await sg.query(WITHDRAW, { workerId }, admin));
    expect(errorCodes(await sg.query(LAPSE, { workerId, reason: '会费未续' }, admin))).toEqual(['CONFLICT']);
    expect((await membershipRows(workerId))[0]!.status).toBe('WITHDRAWN');
  });
});

describe('membership history visibility', () => {
  it('shows the history to the worker’s partner without key ids, and whole to union staff', async () => {
    const workerId = await newWorker();
    await joined(workerId);
    const seen = dataOf(await sg.query(HISTORY, { id: workerId }, partner('MEITUAN'))).worker.membership.history;
    expect(seen).toEqual([expect.objectContaining({ status: 'ACTIVE', actor: 'admin' })]);
    const whole = dataOf(await sg.query(HISTORY, { id: workerId }, unionOperator)).worker.membership.history;
    expect(whole[0].actor).toBe('admin:key-admin');
    expect(errorCodes(await sg.query(HISTORY, { id: workerId }, partner('ELEME')))).toEqual(['FORBIDDEN']);
  });
});
