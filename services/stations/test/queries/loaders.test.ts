import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin, CREATE, stationInput, workerId } from '../support';

const VISITS = `query($r: [_Any!]!, $first: Int) { _entities(representations: $r) { ... on Worker { id stationVisits(first: $first) { id at station { id name } } } } }`;

/** Every field read through a loader costs the same statements for few parents or many. */
describe('batching of the per-request loaders', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());

  it('runs the same number of SQL statements for 3 or 14 stations with their amenities and districts', async () => {
    const ids = dataOf(await sg.query(`{ stations(first: 100) { edges { node { id } } } }`)).stations.edges.map((e: any) => e.node.id);
    const count = async (n: number) => {
      const reps = ids.slice(0, n).map((id: string) => ({ __typename: 'Station', id }));
      const before = sg.db.statements;
      dataOf(await sg.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { name amenities district { name } } } }`, { r: reps }));
      return sg.db.statements - before;
    };
    expect(ids.length).toBeGreaterThanOrEqual(14);
    expect(await count(14)).toBe(await count(3));
  });

  it('reads offers and visit counts for 3 or 14 stations in the same number of statements', async () => {
    const ids = dataOf(await sg.query(`{ stations(first: 100) { edges { node { id } } } }`)).stations.edges.map((e: any) => e.node.id);
    const statements = async (n: number) => {
      const before = sg.db.statements;
      dataOf(
        await sg.query(
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { name offers { title } visitCount amenities district { name } } } }`,
          { r: ids.slice(0, n).map((id: string) => ({ __typename: 'Station', id })) },
        ),
      );
      return sg.db.statements - before;
    };
    expect(await statements(14)).toBe(await statements(3));
  });

  it('reads visits of many workers in a fixed number of SQL statements', async () => {
    const workers = ['wang-qiang', 'li-na', 'zhang-wei', 'liu-yang', 'chen-jing', 'zhao-lei'].map(workerId);
    const statements = async (n: number) => {
      const before = sg.db.statements;
      dataOf(await sg.query(VISITS, { r: workers.slice(0, n).map((id) => ({ __typename: 'Worker', id })), first: 5 }, admin));
      return sg.db.statements - before;
    };
    expect(await statements(6)).toBe(await statements(2));
  });

  it('answers metrics for every district in a fixed number of statements', async () => {
    const q = `{ districts { code stationMetrics { stations visits } } }`;
    const before = sg.db.statements;
    const all = dataOf(await sg.query(q, {}, admin)).districts;
    expect(all).toHaveLength(16);
    expect(sg.db.statements - before).toBeLessThanOrEqual(3);
  });
});

/** Station.offers takes `first` (0..100, default 100) per station. */
describe('Station.offers(first)', () => {
  let sg: TestSubgraph;
  const stations: string[] = [];
  const ADD_OFFER = `mutation($id: ID!, $input: MerchantOfferInput!) { addMerchantOffer(stationId: $id, input: $input) { id } }`;

  beforeAll(async () => {
    sg = await startTestSubgraph(service);
    for (let i = 0; i < 40; i++) {
      const id = dataOf(await sg.query(CREATE, { input: stationInput({ name: `限量驿站 ${i}` }) }, admin)).createStation.id;
      stations.push(id);
      // Added out of price order, so the order returned is the field's own (cheapest first).
      for (const price of [1800, 900, 1200]) {
        dataOf(await sg.query(ADD_OFFER, { id, input: { title: `套餐 ${price}`, priceCents: price, originalPriceCents: 2400 } }, admin));
      }
    }
  });
  afterAll(() => sg.stop());

  const OFFERS = `query($id: ID!, $first: Int) { station(id: $id) { offers(first: $first) { priceCents } } }`;
  const prices = async (first?: number) =>
    dataOf(await sg.query(OFFERS, { id: stations[0], ...(first === undefined ? {} : { first }) })).station.offers.map((o: any) => o.priceCents);

  it('returns the first cheapest offers, still cheapest first', async () => {
    expect(await prices()).toEqual([900, 1200, 1800]);
    expect(await prices(2)).toEqual([900, 1200]);
    expect(await prices(0)).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(OFFERS, { id: stations[0], first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(OFFERS, { id: stations[0], first: -1 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('applies first per station and costs the same SQL statements for 10 or 40 stations', async () => {
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { id offers(first: 2) { priceCents } } } }`;
    const run = async (n: number) => {
      const before = sg.db.statements;
      const data = dataOf(await sg.query(ENTITIES, { r: stations.slice(0, n).map((id) => ({ __typename: 'Station', id })) }));
      return { statements: sg.db.statements - before, entities: data._entities as any[] };
    };
    const ten = await run(10);
    const forty = await run(40);
    expect(forty.entities).toHaveLength(40);
    for (const s of forty.entities) expect(s.offers.map((o: any) => o.priceCents)).toEqual([900, 1200]);
    expect(ten.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(ten.statements);
  });
});
