import { DAY_MS, nameId } from '@nef/kit';
import { errorCodesOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { MerchantOfferEntity, type MerchantOfferRow } from '../../src/entities';
import { OFFER_VALID_SQL, isOfferValid, validateOffer } from '../../src/rules/merchant-offer';
import { service } from '../../src/server';

describe('merchant offers', () => {
  const now = new Date('2026-11-23T12:00:00.000+08:00');

  it('takes a real discount in whole fen, valid for some time still to come', () => {
    expect(validateOffer({ title: ' 骑手套餐 ', priceCents: 1399, originalPriceCents: 2400 }, now)).toEqual({
      title: '骑手套餐',
      priceCents: 1399,
      originalPriceCents: 2400,
      validUntil: null,
    });
    for (const input of [
      { title: '原价', priceCents: 2400, originalPriceCents: 2400 },
      { title: '小数', priceCents: 13.99, originalPriceCents: 2400 },
      { title: '免费', priceCents: 0, originalPriceCents: 0 },
      { title: '🚲'.repeat(101), priceCents: 1, originalPriceCents: 2 },
      { title: '到点', priceCents: 1, originalPriceCents: 2, validUntil: now },
    ]) {
      expect(errorCodesOf(() => validateOffer(input, now))).toEqual(['BAD_USER_INPUT']);
    }
    expect(validateOffer({ title: '🚲'.repeat(100), priceCents: 1, originalPriceCents: 2 }, now).title).toHaveLength(200);
  });

  describe('validity in code and in SQL', () => {
    let sg: TestSubgraph;
    beforeAll(async () => {
      sg = await startTestSubgraph(service, { seedDemo: true });
    });
    afterAll(() => sg.stop());

    it('keeps the same offers either way, at the boundary too', async () => {
      const ends = [null, -DAY_MS, -1, 0, 1, DAY_MS];
      const offers: MerchantOfferRow[] = ends.map((delta, i) => ({
        id: nameId(`test:offer-validity:${i}`),
        stationId: nameId('demo:station:cy-aoti'),
        title: `有效期 ${i}`,
        priceCents: 100,
        originalPriceCents: 200,
        validUntil: delta === null ? null : new Date(now.getTime() + delta),
        createdAt: now,
      }));
      await sg.db.manager.insert(MerchantOfferEntity, offers);
      const rows: { id: string }[] = await sg.db.manager
        .createQueryBuilder()
        .select('id', 'id')
        .from('merchant_offers', 'm')
        .where('id IN (:...ids)', { ids: offers.map((o) => o.id) })
        .andWhere(OFFER_VALID_SQL, { now })
        .getRawMany();
      const bySql = rows.map((r) => r.id).sort();
      const byCode = offers.filter((o) => isOfferValid(o, now)).map((o) => o.id).sort();
      expect(bySql).toEqual(byCode);
      expect(byCode).toHaveLength(3);
    });
  });
});
