import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { partner, unionOperator } from '../support';
import { HISTORY, membershipHelpers } from '../support/membership';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const { joined, newWorker } = membershipHelpers(() => sg);

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
