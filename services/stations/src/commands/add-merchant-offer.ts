import { newId, type Database } from '@nef/kit';
import { MerchantOfferEntity, type MerchantOfferRow, type StationRow } from '../entities';
import { checkStationTakesOffers, validateOffer, type MerchantOfferInput } from '../rules/merchant-offer';

/** Adds an offer to a station that is not CLOSED; the offer must be valid after `now`. */
export async function addMerchantOffer(db: Database, station: StationRow, input: MerchantOfferInput, now: Date): Promise<MerchantOfferRow> {
  checkStationTakesOffers(station);
  const offer: MerchantOfferRow = { id: newId(), stationId: station.id, ...validateOffer(input, now), createdAt: now };
  await db.transaction((em) => em.insert(MerchantOfferEntity, offer));
  return offer;
}
