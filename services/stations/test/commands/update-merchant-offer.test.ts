import { DAY_MS, manualClock, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { MerchantOfferEntity } from '../../src/entities';
import { service } from '../../src/server';
import { admin, anonymous, chaoyangOperator, haidianOperator, meituanForWang, stationId } from '../support';

const FIELDS = 'id title priceCents originalPriceCents startsAt validUntil withdrawnAt status station { id }';
const ADD = `mutation($id: ID!, $input: MerchantOfferInput!) { addMerchantOffer(stationId: $id, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateMerchantOfferInput!) { updateMerchantOffer(id: $id, input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawMerchantOffer(id: $id) { ${FIELDS} } }`;
const CURRENT = `query($id: ID!) { station(id: $id) { offers { id } } }`;
const PAGE = `query($id: ID!, $statuses: [OfferStatus!], $first: Int, $after: String) { station(id: $id) {
  offersConnection(statuses: $statuses, first: $first, after: $after) { edges { cursor node { id status priceCents } } pageInfo { hasNextPage endCursor } } } }`;

describe('offers with a start and an end, edited and withdrawn', () => {
  let sg: TestSubgraph;
  const aoti = stationId('cy-aoti');
  const clock = manualClock(new Date());
  const iso = (ms: number) => new Date(clock().getTime() + ms).toISOString();
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true, clock });
  });
  afterAll(() => sg.stop());
  const add = async (input: Record<string, unknown>) => dataOf(await sg.query(ADD, { id: aoti, input }, chaoyangOperator)).addMerchantOffer;
  const update = (id: string, input: Record<string, unknown>, p: Principal = chaoyangOperator) => sg.query(UPDATE, { id, input }, p);
  const withdraw = (id: string, p: Principal = chaoyangOperator) => sg.query(WITHDRAW, { id }, p);
  const current = async (p: Principal = anonymous) => dataOf(await sg.query(CURRENT, { id: aoti }, p)).station.offers.map((o: any) => o.id);
  const page = async (vars: Record<string, unknown>, p: Principal = anonymous) => sg.query(PAGE, { id: aoti, ...vars }, p);
  const row = (id: string) => sg.db.manager.findOneByOrFail(MerchantOfferEntity, { id });

  it('shows a scheduled offer to nobody as current until it starts, then to everyone', async () => {
    const o = await add({ title: '下周套餐', priceCents: 1200, originalPriceCents: 2000, startsAt: iso(DAY_MS), validUntil: iso(8 * DAY_MS) });
    expect(o).toMatchObject({ status: 'SCHEDULED', startsAt: iso(DAY_MS), withdrawnAt: null, station: { id: aoti } });
    for (const p of [anonymous, meituanForWang, chaoyangOperator]) expect(await current(p)).not.toContain(o.id);
    const scheduled = dataOf(await page({ statuses: ['SCHEDULED'] })).station.offersConnection.edges.map((e: any) => e.node);
    expect(scheduled).toContainEqual({ id: o.id, status: 'SCHEDULED', priceCents: 1200 });
    clock.advance(DAY_MS);
    expect(await current()).toContain(o.id);
    clock.advance(7 * DAY_MS);
    expect(await current()).not.toContain(o.id);
  });

  it('edits the fields given, checks the merged offer, and writes nothing for a repeat', async () => {
    const o = await add({ title: '改价套餐', priceCents: 1500, originalPriceCents: 2500, startsAt: iso(DAY_MS) });
    const changed = dataOf(await update(o.id, { priceCents: 1300, startsAt: iso(2 * DAY_MS), validUntil: iso(9 * DAY_MS) })).updateMerchantOffer;
    expect(changed).toMatchObject({ title: '改价套餐', priceCents: 1300, originalPriceCents: 2500, startsAt: iso(2 * DAY_MS), validUntil: iso(9 * DAY_MS) });
    const stored = await row(o.id);
    expect(stored).toMatchObject({ priceCents: 1300, startsAt: new Date(iso(2 * DAY_MS)), validUntil: new Date(iso(9 * DAY_MS)) });
    clock.advance(1000);
    expect(dataOf(await update(o.id, { priceCents: 1300 })).updateMerchantOffer.priceCents).toBe(1300);
    expect((await row(o.id)).updatedAt).toEqual(stored.updatedAt);
    // null removes the end.
    expect(dataOf(await update(o.id, { validUntil: null })).updateMerchantOffer.validUntil).toBeNull();
  });

  it('refuses bad changes with the field named, and changes nothing', async () => {
    const o = await add({ title: '校验套餐', priceCents: 1000, originalPriceCents: 2000 });
    const before = await row(o.id);
    for (const [input, field] of [
      [{ priceCents: 2000 }, 'priceCents'],
      [{ priceCents: -5 }, 'priceCents'],
      [{ originalPriceCents: 0 }, 'originalPriceCents'],
      [{ title: '  ' }, 'title'],
      [{ title: null }, 'title'],
      [{ validUntil: iso(-DAY_MS) }, 'validUntil'],
    ] as const) {
      const res = await update(o.id, input);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe(field);
    }
    // It has started: its start is history.
    expect(errorCodes(await update(o.id, { startsAt: iso(DAY_MS) }))).toEqual(['CONFLICT']);
    expect(await row(o.id)).toEqual(before);
  });

  it('lets only managers of the district edit or withdraw; NOT_FOUND for an unknown or malformed id', async () => {
    const o = await add({ title: '权限套餐', priceCents: 1000, originalPriceCents: 2000 });
    for (const p of [haidianOperator, meituanForWang, anonymous]) {
      expect(errorCodes(await update(o.id, { title: '改' }, p))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await withdraw(o.id, p))).toEqual(['FORBIDDEN']);
    }
    expect((await row(o.id)).title).toBe('权限套餐');
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-an-id']) {
      expect(errorCodes(await update(id, { title: '改' }, admin))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await withdraw(id, admin))).toEqual(['NOT_FOUND']);
    }
  });

  it('withdraws an offer at once, answers a repeat unchanged, and refuses later changes', async () => {
    const o = await add({ title: '撤下套餐', priceCents: 800, originalPriceCents: 1600 });
    expect(await current()).toContain(o.id);
    const w = dataOf(await withdraw(o.id)).withdrawMerchantOffer;
    expect(w).toMatchObject({ status: 'WITHDRAWN', withdrawnAt: clock().toISOString() });
    expect(await current()).not.toContain(o.id);
    clock.advance(1000);
    expect(dataOf(await withdraw(o.id)).withdrawMerchantOffer.withdrawnAt).toBe(w.withdrawnAt);
    expect(errorCodes(await update(o.id, { title: '复活' }))).toEqual(['CONFLICT']);
    // Withdrawn offers are managers' history: listed for them, FORBIDDEN for the public.
    expect(errorCodes(await page({ statuses: ['WITHDRAWN'] }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await page({ statuses: ['ENDED'] }, meituanForWang))).toEqual(['FORBIDDEN']);
    const history = dataOf(await page({ statuses: ['WITHDRAWN'], first: 100 }, chaoyangOperator)).station.offersConnection.edges.map((e: any) => e.node.id);
    expect(history).toEqual([o.id]);
    expect(errorCodes(await page({ statuses: [] }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses to withdraw an offer that has ended', async () => {
    const o = await add({ title: '短期套餐', priceCents: 800, originalPriceCents: 1600, validUntil: iso(60_000) });
    clock.advance(60_000);
    expect(errorCodes(await withdraw(o.id))).toEqual(['CONFLICT']);
    expect((await row(o.id)).withdrawnAt).toBeNull();
  });

  it('serialises a concurrent update and withdrawal: the offer ends withdrawn or the update is refused', async () => {
    for (let i = 0; i < 5; i++) {
      const o = await add({ title: `并发${i}`, priceCents: 800, originalPriceCents: 1600 });
      const [u, w] = await Promise.all([update(o.id, { priceCents: 700 }), withdraw(o.id)]);
      expect(errorCodes(w)).toEqual([]);
      const stored = await row(o.id);
      expect(stored.withdrawnAt).not.toBeNull();
      // Either the update ran first (and its price stands) or it found the offer withdrawn.
      if (errorCodes(u).length) expect(errorCodes(u)).toEqual(['CONFLICT']);
      else expect(stored.priceCents).toBe(700);
    }
  });

  it('takes no new or changed offers on a CLOSED station, but lets its offers be withdrawn', async () => {
    const o = await add({ title: '关店前套餐', priceCents: 800, originalPriceCents: 1600 });
    const setStatus = async (status: string) =>
      dataOf(await sg.query(`mutation($id: ID!, $s: StationStatus!) { updateStation(id: $id, input: { status: $s }) { id } }`, { id: aoti, s: status }, chaoyangOperator));
    await setStatus('CLOSED');
    try {
      expect(errorCodes(await sg.query(ADD, { id: aoti, input: { title: '新', priceCents: 1, originalPriceCents: 2 } }, chaoyangOperator))).toEqual(['CONFLICT']);
      expect(errorCodes(await update(o.id, { title: '改' }))).toEqual(['CONFLICT']);
      expect(dataOf(await withdraw(o.id)).withdrawMerchantOffer.status).toBe('WITHDRAWN');
    } finally {
      await setStatus('ACTIVE');
    }
  });

  it('pages current offers cheapest first with cursors, and refuses a foreign cursor', async () => {
    const all = dataOf(await page({ first: 100 })).station.offersConnection.edges.map((e: any) => e.node);
    expect(all.length).toBeGreaterThanOrEqual(4);
    const seen: any[] = [];
    let after: string | null = null;
    for (;;) {
      const conn: any = dataOf(await page({ first: 2, after })).station.offersConnection;
      seen.push(...conn.edges.map((e: any) => e.node));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const prices = all.map((o: any) => o.priceCents);
    expect(prices).toEqual([...prices].sort((a: number, b: number) => a - b));
    expect(errorCodes(await page({ after: 'bm9wZQ' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await page({ after: Buffer.from('c1:junk').toString('base64url') }))).toEqual(['BAD_USER_INPUT']);
  });
});
