import { badUserInput } from '@nef/kit';

export interface MerchantOfferInput {
  title: string;
  priceCents: number;
  originalPriceCents: number;
  validUntil?: Date | null;
}

const MAX_CENTS = 10_000_000;

/** Checks an offer: a real discount in whole fen, valid for some time still to come. */
export function validateOffer(input: MerchantOfferInput, now: Date) {
  const title = input.title.trim();
  if (title.length === 0 || title.length > 100) throw badUserInput('title must be 1 to 100 characters', { field: 'title' });
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
  if (validUntil && validUntil.getTime() <= now.getTime()) {
    throw badUserInput(`validUntil ${validUntil.toISOString()} has already passed`, { field: 'validUntil' });
  }
  return { title, priceCents: input.priceCents, originalPriceCents: input.originalPriceCents, validUntil };
}

/** An offer is shown while it has no end or its end is still ahead. */
export const isOfferValid = (o: { validUntil: Date | null }, now: Date) => o.validUntil === null || o.validUntil.getTime() > now.getTime();
