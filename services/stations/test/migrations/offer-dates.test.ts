import { startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { MerchantOfferEntity } from '../../src/entities';
import { StationsOfferDates1765000000000 } from '../../src/migrations/1765000000000-stations-offer-dates';
import { service } from '../../src/server';
import { stationId } from '../support';

/** Offers written before offers had dates start when they were added, and read back whole. */
describe('the offer-dates migration', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());

  it('gives offers already there their creation as start and last change', async () => {
    const runner = sg.db.dataSource.createQueryRunner();
    const migration = new StationsOfferDates1765000000000();
    try {
      await migration.down(runner);
      await sg.db.manager.query(
        'INSERT INTO merchant_offers (id, station_id, title, price_cents, original_price_cents, valid_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ['0190f3a2-0000-7000-8000-0000000000aa', stationId('cy-aoti'), '旧优惠', 900, 1800, null, '2026-10-01 04:00:00.000'],
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const offer = await sg.db.manager.findOneByOrFail(MerchantOfferEntity, { id: '0190f3a2-0000-7000-8000-0000000000aa' });
    expect(offer).toMatchObject({ startsAt: offer.createdAt, updatedAt: offer.createdAt, withdrawnAt: null });
    expect(offer.createdAt.toISOString()).toBe('2026-10-01T04:00:00.000Z');
  });
});
