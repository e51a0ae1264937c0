import { DAY_MS, manualClock, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin, anonymous, chaoyangOperator, haidianOperator, meituanForWang, stationId } from '../support';

const ADD = `mutation($id: ID!, $input: MerchantOfferInput!) { addMerchantOffer(stationId: $id, input: $input) { id title priceCents originalPriceCents validUntil } }`;
const OFFERS = `query($id: ID!) { station(id: $id) { offers { id title priceCents originalPriceCents validUntil } } }`;

describe('friendly merchants’ offers', () => {
  let sg: TestSubgraph;
  const aoti = stationId('cy-aoti');
  // The subgraph's time: it moves only when a test moves it (the demo data is written at the real now).
  const clock = manualClock(new Date());
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true, clock });
  });
  afterAll(() => sg.stop());
  const add = (input: Record<string, unknown>, p: Principal = chaoyangOperator, id = aoti) => sg.query(ADD, { id, input }, p);
  const offers = async (id = aoti) => dataOf(await sg.query(OFFERS, { id })).station.offers;

  it('shows the demo rider set meal at 13.99 yuan against 24, and not the offer that has ended', async () => {
    const list = await offers();
    expect(list).toContainEqual(expect.objectContaining({ title: '骑手套餐（一荤两素+米饭）', priceCents: 1399, originalPriceCents: 2400, validUntil: null }));
    expect(list.map((o: any) => o.title)).not.toContain('开业特惠饮品');
    const prices = list.map((o: any) => o.priceCents);
    expect(prices).toEqual([...prices].sort((a: number, b: number) => a - b));
  });

  it('lets a stations operator of the district add an offer with a validity', async () => {
    const validUntil = new Date(clock().getTime() + 30 * DAY_MS).toISOString();
    const o = dataOf(await add({ title: '冬季热汤套餐', priceCents: 1399, originalPriceCents: 2400, validUntil })).addMerchantOffer;
    expect(o).toMatchObject({ title: '冬季热汤套餐', priceCents: 1399, originalPriceCents: 2400, validUntil });
    expect((await offers()).map((x: any) => x.id)).toContain(o.id);
  });

  it('drops an offer from Station.offers once it has expired', async () => {
    const o = dataOf(await add({ title: '限时饮品', priceCents: 500, originalPriceCents: 900, validUntil: new Date(clock().getTime() + 1500).toISOString() })).addMerchantOffer;
    expect((await offers()).map((x: any) => x.id)).toContain(o.id);
    clock.advance(1700);
    expect((await offers()).map((x: any) => x.id)).not.toContain(o.id);
  });

  it('refuses offers that are not a discount, not whole fen, or already over', async () => {
    const before = (await offers()).length;
    for (const input of [
      { title: '原价', priceCents: 2400, originalPriceCents: 2400 },
      { title: '更贵', priceCents: 2500, originalPriceCents: 2400 },
      { title: '负价', priceCents: -1, originalPriceCents: 2400 },
      { title: '   ', priceCents: 1399, originalPriceCents: 2400 },
      { title: '过期', priceCents: 1399, originalPriceCents: 2400, validUntil: '2020-01-01T00:00:00+08:00' },
    ]) {
      expect(errorCodes(await add(input))).toEqual(['BAD_USER_INPUT']);
    }
    expect((await offers()).length).toBe(before);
  });

  it('refuses operators of other districts, partners and anonymous callers; NOT_FOUND for an unknown station', async () => {
    const input = { title: '套餐', priceCents: 1000, originalPriceCents: 2000 };
    for (const p of [haidianOperator, meituanForWang, anonymous]) expect(errorCodes(await add(input, p))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await add(input, admin, '00000000-0000-0000-0000-000000000000'))).toEqual(['NOT_FOUND']);
  });
});
