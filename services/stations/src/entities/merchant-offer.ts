import { EntitySchema } from 'typeorm';

export interface MerchantOfferRow {
  id: string;
  stationId: string;
  title: string;
  priceCents: number;
  originalPriceCents: number;
  /** When it starts being shown (inclusive). */
  startsAt: Date;
  /** When it ends (exclusive); null: until withdrawn. */
  validUntil: Date | null;
  /** Set when an operator withdrew it: it is shown no more, and changes no more. */
  withdrawnAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
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
    startsAt: { name: 'starts_at', type: 'datetime', precision: 3 },
    validUntil: { name: 'valid_until', type: 'datetime', precision: 3, nullable: true },
    withdrawnAt: { name: 'withdrawn_at', type: 'datetime', precision: 3, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});
