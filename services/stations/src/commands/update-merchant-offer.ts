import { lockOne, notFound, type Database } from '@nef/kit';
import { MerchantOfferEntity, StationEntity, type MerchantOfferRow } from '../entities';
import { applyOfferPatch, checkStationTakesOffers, sameOffer, type MerchantOfferPatch } from '../rules/merchant-offer';

/**
 * Changes an offer's title, prices or dates (see `applyOfferPatch`), holding the offer's row so
 * that an update and a withdrawal of the same offer take turns. A patch that changes nothing
 * writes nothing (a retry is safe).
 */
export async function updateMerchantOffer(db: Database, id: string, patch: MerchantOfferPatch, now: Date): Promise<MerchantOfferRow> {
  return db.transaction(async (em) => {
    const offer = await lockOne(em, db, MerchantOfferEntity, { id });
    if (!offer) throw notFound(`no offer with id ${id}`);
    const station = (await em.findOneBy(StationEntity, { id: offer.stationId }))!;
    checkStationTakesOffers(station);
    const next = applyOfferPatch(offer, patch, now);
    if (sameOffer(offer, next)) return offer;
    const changed: MerchantOfferRow = { ...offer, ...next, updatedAt: now };
    await em.update(MerchantOfferEntity, { id }, { ...next, updatedAt: now });
    return changed;
  });
}
