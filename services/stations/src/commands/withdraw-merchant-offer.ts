import { conflict, lockOne, notFound, type Database } from '@nef/kit';
import { MerchantOfferEntity, type MerchantOfferRow } from '../entities';
import { offerStatus } from '../rules/merchant-offer';

/**
 * Withdraws an offer now: it is shown no more and changes no more. Withdrawing it again answers
 * the offer as it is (a retry is safe); an offer that has already ended is CONFLICT (nothing to
 * withdraw). Holds the offer's row, so a concurrent update waits.
 */
export async function withdrawMerchantOffer(db: Database, id: string, now: Date): Promise<MerchantOfferRow> {
  return db.transaction(async (em) => {
    const offer = await lockOne(em, db, MerchantOfferEntity, { id });
    if (!offer) throw notFound(`no offer with id ${id}`);
    const status = offerStatus(offer, now);
    if (status === 'WITHDRAWN') return offer;
    if (status === 'ENDED') throw conflict(`offer ${id} ended at ${offer.validUntil!.toISOString()}; there is nothing to withdraw`);
    await em.update(MerchantOfferEntity, { id }, { withdrawnAt: now, updatedAt: now });
    return { ...offer, withdrawnAt: now, updatedAt: now };
  });
}
