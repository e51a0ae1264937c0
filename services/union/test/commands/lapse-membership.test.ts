import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin, partner, unionOperator } from '../support';
import { HISTORY, LAPSE, WITHDRAW, membershipHelpers } from '../support/membership';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const { joined, membershipRows, newWorker } = membershipHelpers(() => sg);

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
