import { newId } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { N, rewardsOn, service } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { newReward } = rewardsOn(() => sg);

describe('Station.rewards batching', () => {
  it('resolves 10 or 40 stations with the same number of SQL statements', async () => {
    const stations = N(40).map(() => newId());
    for (const s of stations) {
      await newReward({ stationId: s, title: '充电券' });
      await newReward({ stationId: s, title: '洗衣券' });
    }
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { id rewards { id title station { id } } } } }`;
    const cost = async (n: number) => {
      const before = sg.db.statements;
      const res = dataOf(await sg.query(q, { r: stations.slice(0, n).map((id) => ({ __typename: 'Station', id })) }));
      const spent = sg.db.statements - before;
      expect(res._entities).toHaveLength(n);
      for (const s of res._entities) expect(s.rewards.map((r: { title: string }) => r.title)).toEqual(['充电券', '洗衣券']);
      return spent;
    };
    const ten = await cost(10);
    expect(await cost(40)).toBe(ten);
    expect(ten).toBe(1);
  });
});
