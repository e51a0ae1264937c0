import { EntitySchema } from 'typeorm';

export interface MerchantOfferRow {
  id: string;
  stationId: string;
  title: string;
  priceCents: number;
  originalPriceCents: number;
  /** null: until withdrawn. */
  validUntil: Date | null;
  createdAt: Date;
}

export const MerchantOfferEntity = new EntitySchema<MerchantOfferRow>({
  name: 'MerchantOffer',
  tableName: 'merchant_offers',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    stationId: { name: 'station_id', type: 'varchar', length: 36 },
    title: { type: 'varchar', length: 100 },
    priceCents: { name: 'price_cents', type: 'int' },
    originalPriceCents: { name: 'original_price_cents', type: 'int' },
    validUntil: { name: 'valid_until', type: 'datetime', precision: 3, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});
