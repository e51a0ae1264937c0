import { lockOne, newId, notFound, type Database } from '@nef/kit';
import { MerchantOfferEntity, StationEntity, type MerchantOfferRow } from '../entities';
import { checkStationTakesOffers, validateOffer, type MerchantOfferInput } from '../rules/merchant-offer';

/**
 * Adds an offer to a station that is not CLOSED, holding the station's row so that a concurrent
 * closing waits for it (or it for the closing). The offer starts at `startsAt` (default now).
 */
export async function addMerchantOffer(db: Database, stationId: string, input: MerchantOfferInput, now: Date): Promise<MerchantOfferRow> {
  const valid = validateOffer(input, now);
  return db.transaction(async (em) => {
    const station = await lockOne(em, db, StationEntity, { id: stationId });
    if (!station) throw notFound(`no station with stationId ${stationId}`);
    checkStationTakesOffers(station);
    const offer: MerchantOfferRow = { id: newId(), stationId, ...valid, withdrawnAt: null, createdAt: now, updatedAt: now };
    await em.insert(MerchantOfferEntity, offer);
    return offer;
  });
}
