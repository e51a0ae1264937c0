import type { Database } from '@nef/kit';
import { MerchantOfferEntity, type MerchantOfferRow } from '../entities';

/** One offer by id, whatever its status; null when there is none. */
export function findOffer(db: Database, id: string): Promise<MerchantOfferRow | null> {
  return db.manager.findOneBy(MerchantOfferEntity, { id });
}
