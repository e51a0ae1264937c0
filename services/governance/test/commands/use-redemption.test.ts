import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { as, chaoyangOp, haidianOp, N, outcome, rewardsOn, service, USE } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { issued } = rewardsOn(() => sg);

describe('vouchers', () => {
  it('are used once: a second scan is CONFLICT', async () => {
    const { code, redemption } = await issued();
    expect(dataOf(await sg.query(USE, { code }, chaoyangOp)).useRedemption).toEqual({ id: redemption, status: 'USED' });
    const again = await sg.query(USE, { code }, chaoyangOp);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0]!.message).toMatch(/already used/);
  });

  it('are used once when 10 scans race', async () => {
    const { code } = await issued();
    const results = await Promise.all(N(10).map(() => sg.query(USE, { code }, as.operator)));
    expect(results.map(outcome).sort()).toEqual(['ok', ...Array(9).fill('CONFLICT')].sort());
  });

  it('are scanned by governance operators of the reward’s district and admins only; unknown codes are NOT_FOUND', async () => {
    const { code } = await issued();
    for (const who of [as.anonymous, as.stationsOperator, as.dashboard, haidianOp]) {
      expect(errorCodes(await sg.query(USE, { code }, who))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await sg.query(USE, { code: 'ZZZZZZZZZZZZZZZZ' }, as.admin))).toEqual(['NOT_FOUND']);
    expect(outcome(await sg.query(USE, { code: code.toLowerCase() }, as.admin))).toBe('ok');
  });

  it('are listed on the worker, newest first, for those who may read the worker', async () => {
    const { worker, partner, redemption } = await issued();
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { redemptions { id status reward { title } } } } }`;
    const r = [{ __typename: 'Worker', id: worker }];
    expect(dataOf(await sg.query(q, { r }, partner))._entities[0].redemptions).toEqual([{ id: redemption, status: 'ISSUED', reward: { title: '理发一次' } }]);
    expect(errorCodes(await sg.query(q, { r }, as.anonymous))).toEqual(['FORBIDDEN']);
  });
});
