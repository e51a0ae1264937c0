import { dataOf, errorCodes, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../src/service';
import { admin, CREATE, daily, stationInput } from './fixtures';

/** Every list field takes `first` (0..100, default 100); list inputs are capped with a clear BAD_USER_INPUT. */
describe('bounded lists', () => {
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

  const badField = (res: GraphQLResponse) => (res.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field]);

  describe('Query.districts(first)', () => {
    const DISTRICTS = `query($first: Int) { districts(city: "北京市", first: $first) { code } }`;

    it('returns at most first districts, in code order', async () => {
      const all = dataOf(await sg.query(DISTRICTS, {})).districts.map((d: any) => d.code);
      expect(all).toHaveLength(16);
      const five = dataOf(await sg.query(DISTRICTS, { first: 5 })).districts.map((d: any) => d.code);
      expect(five).toEqual(all.slice(0, 5));
      expect(dataOf(await sg.query(DISTRICTS, { first: 0 })).districts).toEqual([]);
    });

    it('refuses first above 100 or below 0', async () => {
      expect(errorCodes(await sg.query(DISTRICTS, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await sg.query(DISTRICTS, { first: -1 }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('Station.offers(first)', () => {
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

  describe('list inputs', () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateStationInput!) { updateStation(id: $id, input: $input) { id } }`;
    const exception = (i: number) => ({ validFrom: `2027-01-${String((i % 28) + 1).padStart(2, '0')}`, validTo: '2027-01-28', closed: true });

    it('caps openingHours at 28 periods', async () => {
      const periods = [...daily('06:00', '08:00'), ...daily('09:00', '11:00'), ...daily('12:00', '14:00'), ...daily('15:00', '17:00')];
      expect(periods).toHaveLength(28);
      dataOf(await sg.query(CREATE, { input: stationInput({ openingHours: periods }) }, admin));
      const res = await sg.query(CREATE, { input: stationInput({ openingHours: [...periods, { weekday: 1, opens: '18:00', closes: '19:00' }] }) }, admin);
      expect(badField(res)).toEqual([['BAD_USER_INPUT', 'openingHours']]);
      expect(res.errors![0]!.message).toMatch(/at most 28/);
      expect(badField(await sg.query(UPDATE, { id: stations[1], input: { openingHours: [...periods, ...periods] } }, admin))).toEqual([
        ['BAD_USER_INPUT', 'openingHours'],
      ]);
    });

    it('caps openingExceptions at 100', async () => {
      const hundred = Array.from({ length: 100 }, (_, i) => exception(i));
      dataOf(await sg.query(UPDATE, { id: stations[2], input: { openingExceptions: hundred } }, admin));
      const res = await sg.query(UPDATE, { id: stations[2], input: { openingExceptions: [...hundred, exception(100)] } }, admin);
      expect(badField(res)).toEqual([['BAD_USER_INPUT', 'openingExceptions']]);
      expect(res.errors![0]!.message).toMatch(/at most 100/);
    });

    it('caps amenities at the 16 there are', async () => {
      const sixteen = Array.from({ length: 16 }, () => 'MICROWAVE');
      dataOf(await sg.query(CREATE, { input: stationInput({ amenities: sixteen }) }, admin));
      const res = await sg.query(CREATE, { input: stationInput({ amenities: [...sixteen, 'WIFI'] }) }, admin);
      expect(badField(res)).toEqual([['BAD_USER_INPUT', 'amenities']]);
      expect(res.errors![0]!.message).toMatch(/at most 16/);
      expect(badField(await sg.query(UPDATE, { id: stations[3], input: { amenities: [...sixteen, 'WIFI'] } }, admin))).toEqual([
        ['BAD_USER_INPUT', 'amenities'],
      ]);
    });

    it('caps the kinds and amenities of a station filter at their enum sizes', async () => {
      const LIST = `query($f: StationFilter) { stations(filter: $f, first: 1) { edges { node { id } } } }`;
      const NEAR = `query($f: StationFilter) { stationsNear(near: { lat: 39.94, lng: 116.1 }, filter: $f) { distanceMeters } }`;
      dataOf(await sg.query(LIST, { f: { kinds: Array(6).fill('WARM_STATION'), amenities: Array(16).fill('MICROWAVE') } }));
      expect(badField(await sg.query(LIST, { f: { kinds: Array(7).fill('WARM_STATION') } }))).toEqual([['BAD_USER_INPUT', 'filter.kinds']]);
      expect(badField(await sg.query(LIST, { f: { amenities: Array(17).fill('MICROWAVE') } }))).toEqual([['BAD_USER_INPUT', 'filter.amenities']]);
      expect(badField(await sg.query(NEAR, { f: { amenities: Array(17).fill('MICROWAVE') } }))).toEqual([['BAD_USER_INPUT', 'filter.amenities']]);
    });
  });
});
