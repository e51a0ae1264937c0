import { DAY_MS, MINUTE_MS, nameId } from '@nef/kit';
import { errorCodesOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { MerchantOfferEntity, type MerchantOfferRow } from '../../src/entities';
import {
  OFFER_STATUSES,
  OFFER_STATUS_SQL,
  OFFER_VALID_SQL,
  applyOfferPatch,
  isOfferValid,
  offerStatus,
  validateOffer,
} from '../../src/rules/merchant-offer';
import { service } from '../../src/server';

describe('merchant offers', () => {
  const now = new Date('2026-11-23T12:00:00.000+08:00');
  const at = (ms: number) => new Date(now.getTime() + ms);

  it('takes a real discount in whole fen, starting now unless told, valid for some time still to come', () => {
    expect(validateOffer({ title: ' 骑手套餐 ', priceCents: 1399, originalPriceCents: 2400 }, now)).toEqual({
      title: '骑手套餐',
      priceCents: 1399,
      originalPriceCents: 2400,
      startsAt: now,
      validUntil: null,
    });
    for (const input of [
      { title: '原价', priceCents: 2400, originalPriceCents: 2400 },
      { title: '小数', priceCents: 13.99, originalPriceCents: 2400 },
      { title: '免费', priceCents: 0, originalPriceCents: 0 },
      { title: '🚲'.repeat(101), priceCents: 1, originalPriceCents: 2 },
      { title: '到点', priceCents: 1, originalPriceCents: 2, validUntil: now },
      { title: '过去开始', priceCents: 1, originalPriceCents: 2, startsAt: at(-6 * MINUTE_MS) },
      { title: '太远', priceCents: 1, originalPriceCents: 2, startsAt: at(367 * DAY_MS) },
      { title: '先结束', priceCents: 1, originalPriceCents: 2, startsAt: at(2 * DAY_MS), validUntil: at(DAY_MS) },
      { title: '同时', priceCents: 1, originalPriceCents: 2, startsAt: at(DAY_MS), validUntil: at(DAY_MS) },
    ]) {
      expect(errorCodesOf(() => validateOffer(input, now))).toEqual(['BAD_USER_INPUT']);
    }
    expect(validateOffer({ title: '🚲'.repeat(100), priceCents: 1, originalPriceCents: 2 }, now).title).toHaveLength(200);
    // A client clock a little behind the server's is taken as now.
    expect(validateOffer({ title: '时钟', priceCents: 1, originalPriceCents: 2, startsAt: at(-MINUTE_MS) }, now).startsAt).toEqual(at(-MINUTE_MS));
  });

  it('says SCHEDULED before the start, CURRENT from it, ENDED from the end, WITHDRAWN once withdrawn', () => {
    const o = { startsAt: at(DAY_MS), validUntil: at(2 * DAY_MS), withdrawnAt: null };
    expect(offerStatus(o, now)).toBe('SCHEDULED');
    expect(offerStatus(o, at(DAY_MS - 1))).toBe('SCHEDULED');
    expect(offerStatus(o, at(DAY_MS))).toBe('CURRENT');
    expect(offerStatus(o, at(2 * DAY_MS - 1))).toBe('CURRENT');
    expect(offerStatus(o, at(2 * DAY_MS))).toBe('ENDED');
    expect(offerStatus({ ...o, withdrawnAt: now }, at(DAY_MS))).toBe('WITHDRAWN');
    expect(isOfferValid({ ...o, withdrawnAt: now }, at(DAY_MS))).toBe(false);
  });

  describe('changes', () => {
    const offer = { id: nameId('test:offer:patch'), title: '套餐', priceCents: 1000, originalPriceCents: 2000, startsAt: at(DAY_MS), validUntil: at(10 * DAY_MS), withdrawnAt: null };

    it('merges the fields given and checks the result like a new offer', () => {
      expect(applyOfferPatch(offer, { priceCents: 900, validUntil: null }, now)).toEqual({
        title: '套餐', priceCents: 900, originalPriceCents: 2000, startsAt: at(DAY_MS), validUntil: null,
      });
      for (const patch of [{ priceCents: 2000 }, { originalPriceCents: 500 }, { title: '' }, { title: null }, { validUntil: at(DAY_MS) }, { startsAt: at(-DAY_MS) }, { validUntil: at(-1) }]) {
        expect(errorCodesOf(() => applyOfferPatch(offer, patch as never, now))).toEqual(['BAD_USER_INPUT']);
      }
    });

    it('keeps the start of an offer that has started, and refuses any change to an ended or withdrawn one', () => {
      const current = { ...offer, startsAt: at(-DAY_MS) };
      expect(errorCodesOf(() => applyOfferPatch(current, { startsAt: at(DAY_MS) }, now))).toEqual(['CONFLICT']);
      expect(applyOfferPatch(current, { startsAt: at(-DAY_MS), title: '新' }, now).title).toBe('新');
      expect(errorCodesOf(() => applyOfferPatch({ ...current, validUntil: at(-1) }, { title: '新' }, now))).toEqual(['CONFLICT']);
      expect(errorCodesOf(() => applyOfferPatch({ ...offer, withdrawnAt: now }, { title: '新' }, now))).toEqual(['CONFLICT']);
    });
  });

  describe('statuses in code and in SQL', () => {
    let sg: TestSubgraph;
    beforeAll(async () => {
      sg = await startTestSubgraph(service, { seedDemo: true });
    });
    afterAll(() => sg.stop());

    it('puts every offer in the same status either way, at the boundaries too', async () => {
      const deltas = [-DAY_MS, -1, 0, 1, DAY_MS];
      const offers: MerchantOfferRow[] = [];
      for (const start of deltas) {
        for (const end of [null, ...deltas]) {
          if (end !== null && end <= start) continue;
          for (const withdrawn of [false, true]) {
            offers.push({
              id: nameId(`test:offer-status:${start}:${end}:${withdrawn}`),
              stationId: nameId('demo:station:cy-aoti'),
              title: `状态 ${offers.length}`,
              priceCents: 100,
              originalPriceCents: 200,
              startsAt: at(start),
              validUntil: end === null ? null : at(end),
              withdrawnAt: withdrawn ? at(-2 * DAY_MS) : null,
              createdAt: now,
              updatedAt: now,
            });
          }
        }
      }
      await sg.db.manager.insert(MerchantOfferEntity, offers);
      const bySql = async (sql: string) =>
        (
          await sg.db.manager
            .createQueryBuilder()
            .select('id', 'id')
            .from('merchant_offers', 'm')
            .where('id IN (:...ids)', { ids: offers.map((o) => o.id) })
            .andWhere(sql, { now })
            .getRawMany<{ id: string }>()
        )
          .map((r) => r.id)
          .sort();
      for (const status of OFFER_STATUSES) {
        const byCode = offers.filter((o) => offerStatus(o, now) === status).map((o) => o.id).sort();
        expect(byCode.length).toBeGreaterThan(0);
        expect(await bySql(OFFER_STATUS_SQL[status])).toEqual(byCode);
      }
      expect(await bySql(OFFER_VALID_SQL)).toEqual(offers.filter((o) => isOfferValid(o, now)).map((o) => o.id).sort());
    });
  });
});
