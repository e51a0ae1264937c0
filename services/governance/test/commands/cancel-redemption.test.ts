import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { as, CANCEL, N, outcome, rewardsOn, service, USE } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { issued, balanceOf, stockOf, entriesOf } = rewardsOn(() => sg);

describe('vouchers', () => {
  it('refund once when cancelled, back to stock; cancelling again or using is CONFLICT', async () => {
    const { worker, partner, redemption, code, reward } = await issued(30);
    expect(await balanceOf(worker)).toBe(70);
    expect(dataOf(await sg.query(CANCEL, { id: redemption }, partner)).cancelRedemption).toEqual({ id: redemption, status: 'CANCELLED' });
    expect(await balanceOf(worker)).toBe(100);
    expect(await stockOf(reward)).toBe(10);
    expect((await entriesOf(worker)).pop()).toMatchObject({ delta: 30, reason: 'REDEMPTION_REFUND', reference: redemption });
    expect(errorCodes(await sg.query(CANCEL, { id: redemption }, partner))).toEqual(['CONFLICT']);
    expect(errorCodes(await sg.query(USE, { code }, as.admin))).toEqual(['CONFLICT']);
    expect(await balanceOf(worker)).toBe(100);
  });

  it('refund once when 10 cancellations race', async () => {
    const { worker, partner, redemption, reward } = await issued(30);
    const results = await Promise.all(N(10).map(() => sg.query(CANCEL, { id: redemption }, partner)));
    expect(results.map(outcome).sort()).toEqual(['ok', ...Array(9).fill('CONFLICT')].sort());
    expect(await balanceOf(worker)).toBe(100);
    expect(await stockOf(reward)).toBe(10);
    expect((await entriesOf(worker)).filter((e) => e.reason === 'REDEMPTION_REFUND')).toHaveLength(1);
  });

  it('cannot be cancelled once used, nor by another worker’s partner', async () => {
    const { partner, redemption, code, worker } = await issued();
    expect(errorCodes(await sg.query(CANCEL, { id: redemption }, as.partner('MEITUAN', newId())))).toEqual(['FORBIDDEN']);
    dataOf(await sg.query(USE, { code }, as.admin));
    expect(errorCodes(await sg.query(CANCEL, { id: redemption }, partner))).toEqual(['CONFLICT']);
    expect(await balanceOf(worker)).toBe(70);
    expect(errorCodes(await sg.query(CANCEL, { id: newId() }, as.admin))).toEqual(['NOT_FOUND']);
  });
});
