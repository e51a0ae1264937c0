import { badUserInput, conflict, requireText } from '@nef/kit/rules';

export interface MerchantOfferInput {
  title: string;
  priceCents: number;
  originalPriceCents: number;
  validUntil?: Date | null;
}

const MAX_CENTS = 10_000_000;

/** Offers are added to stations that are not CLOSED (a suspended one may prepare its offers). */
export function checkStationTakesOffers(station: { id: string; status: string }): void {
  if (station.status === 'CLOSED') throw conflict(`station ${station.id} is CLOSED; reopen it before adding offers`);
}

/** Checks an offer: a real discount in whole fen, valid for some time still to come. */
export function validateOffer(input: MerchantOfferInput, now: Date) {
  const title = requireText('title', input.title, { max: 100 });
  for (const field of ['priceCents', 'originalPriceCents'] as const) {
    const v = input[field];
    if (!Number.isInteger(v) || v < 0 || v > MAX_CENTS) {
      throw badUserInput(`${field} must be whole fen from 0 to ${MAX_CENTS} (13.99 yuan is 1399), got ${v}`, { field });
    }
  }
  if (input.originalPriceCents === 0) throw badUserInput('originalPriceCents must be above 0', { field: 'originalPriceCents' });
  if (input.priceCents >= input.originalPriceCents) {
    throw badUserInput(
      `an offer must cost less than the original price: priceCents ${input.priceCents} is not below originalPriceCents ${input.originalPriceCents}`,
      { field: 'priceCents' },
    );
  }
  const validUntil = input.validUntil ?? null;
  if (validUntil && !isOfferValid({ validUntil }, now)) {
    throw badUserInput(`validUntil ${validUntil.toISOString()} has already passed`, { field: 'validUntil' });
  }
  return { title, priceCents: input.priceCents, originalPriceCents: input.originalPriceCents, validUntil };
}

/** An offer is shown while it has no end or its end is still ahead (the end itself is past). */
export const isOfferValid = (o: { validUntil: Date | null }, now: Date) => o.validUntil === null || o.validUntil.getTime() > now.getTime();

/**
 * `isOfferValid` in SQL over the merchant_offers columns, with `:now` bound to the instant:
 * what Station.offers reads for many stations in one statement.
 */
export const OFFER_VALID_SQL = '(valid_until IS NULL OR valid_until > :now)';

/** Offers are listed cheapest first (then by id, so equal prices keep one order). */
export const OFFER_ORDER = { column: 'price_cents', property: 'priceCents', direction: 'ASC' } as const;
