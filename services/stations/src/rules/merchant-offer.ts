import { badUserInput, conflict, DAY_MS, MINUTE_MS, requireText } from '@nef/kit/rules';

export interface MerchantOfferInput {
  title: string;
  priceCents: number;
  originalPriceCents: number;
  startsAt?: Date | null;
  validUntil?: Date | null;
}

/** Changes to an offer: absent fields stay; `validUntil: null` removes the end. */
export interface MerchantOfferPatch {
  title?: string | null;
  priceCents?: number | null;
  originalPriceCents?: number | null;
  startsAt?: Date | null;
  validUntil?: Date | null;
}

/** The dates and prices of an offer as stored. */
export interface OfferDates {
  startsAt: Date;
  validUntil: Date | null;
  withdrawnAt: Date | null;
}

export const OFFER_STATUSES = ['SCHEDULED', 'CURRENT', 'ENDED', 'WITHDRAWN'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** What anyone may list; ENDED and WITHDRAWN offers are the station managers' history. */
export const PUBLIC_OFFER_STATUSES: readonly OfferStatus[] = ['CURRENT', 'SCHEDULED'];

const MAX_CENTS = 10_000_000;
/** A start given a little in the past (a client clock behind the server's) still counts as now. */
export const START_GRACE_MS = 5 * MINUTE_MS;
/** How far ahead an offer may be announced. */
export const MAX_START_AHEAD_MS = 366 * DAY_MS;

/** Offers are added to stations that are not CLOSED (a suspended one may prepare its offers). */
export function checkStationTakesOffers(station: { id: string; status: string }): void {
  if (station.status === 'CLOSED') throw conflict(`station ${station.id} is CLOSED; reopen it before adding or changing offers`);
}

/**
 * Where an offer stands at `now`: WITHDRAWN once withdrawn, else SCHEDULED before its start,
 * ENDED from its end on, CURRENT in between (start inclusive, end exclusive).
 */
export function offerStatus(o: OfferDates, now: Date): OfferStatus {
  if (o.withdrawnAt) return 'WITHDRAWN';
  if (o.startsAt.getTime() > now.getTime()) return 'SCHEDULED';
  if (o.validUntil && o.validUntil.getTime() <= now.getTime()) return 'ENDED';
  return 'CURRENT';
}

/** An offer is shown as current when it has started, has not ended and was not withdrawn. */
export const isOfferValid = (o: OfferDates, now: Date) => offerStatus(o, now) === 'CURRENT';

/**
 * `offerStatus` in SQL over the merchant_offers columns, `:now` bound to the instant: one
 * condition per status, OR-ed together for a list of them (Station.offers for many stations in
 * one statement). test/rules/merchant-offer.test.ts shows the SQL and the function agree.
 */
export const OFFER_STATUS_SQL: Record<OfferStatus, string> = {
  WITHDRAWN: 'withdrawn_at IS NOT NULL',
  SCHEDULED: '(withdrawn_at IS NULL AND starts_at > :now)',
  ENDED: '(withdrawn_at IS NULL AND starts_at <= :now AND valid_until IS NOT NULL AND valid_until <= :now)',
  CURRENT: '(withdrawn_at IS NULL AND starts_at <= :now AND (valid_until IS NULL OR valid_until > :now))',
};

export const offerStatusSql = (statuses: readonly OfferStatus[]) => `(${statuses.map((s) => OFFER_STATUS_SQL[s]).join(' OR ')})`;

/** The current offers, as Station.offers lists them. */
export const OFFER_VALID_SQL = OFFER_STATUS_SQL.CURRENT;

/** Offers are listed cheapest first (then by id, so equal prices keep one order). */
export const OFFER_ORDER = { column: 'price_cents', property: 'priceCents', direction: 'ASC' } as const;

/** The cursor of an offer in that order: its price and id. */
export const offerCursorKey = (o: { priceCents: number; id: string }) => `${o.priceCents}:${o.id}`;

/** Reads an offer cursor key back; null when it is not one this API made. */
export function parseOfferCursorKey(key: string): { priceCents: number; id: string } | null {
  const m = /^(\d{1,8}):([0-9a-f-]{36})$/.exec(key);
  return m ? { priceCents: Number(m[1]), id: m[2]! } : null;
}

export function checkPrices(priceCents: unknown, originalPriceCents: unknown): void {
  for (const [field, v] of [['priceCents', priceCents], ['originalPriceCents', originalPriceCents]] as const) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_CENTS) {
      throw badUserInput(`${field} must be whole fen from 0 to ${MAX_CENTS} (13.99 yuan is 1399), got ${String(v)}`, { field });
    }
  }
  if (originalPriceCents === 0) throw badUserInput('originalPriceCents must be above 0', { field: 'originalPriceCents' });
  if ((priceCents as number) >= (originalPriceCents as number)) {
    throw badUserInput(
      `an offer must cost less than the original price: priceCents ${String(priceCents)} is not below originalPriceCents ${String(originalPriceCents)}`,
      { field: 'priceCents' },
    );
  }
}

export function checkEnd(startsAt: Date, validUntil: Date | null): void {
  if (validUntil && validUntil.getTime() <= startsAt.getTime()) {
    throw badUserInput(`validUntil ${validUntil.toISOString()} must be after startsAt ${startsAt.toISOString()}`, { field: 'validUntil' });
  }
}

/** A start chosen by an operator: from now (5 minutes of clock skew allowed) to 366 days ahead. */
function checkNewStart(startsAt: Date, now: Date): void {
  if (startsAt.getTime() < now.getTime() - START_GRACE_MS) {
    throw badUserInput(`startsAt ${startsAt.toISOString()} has already passed; leave it out to start now`, { field: 'startsAt' });
  }
  if (startsAt.getTime() > now.getTime() + MAX_START_AHEAD_MS) {
    throw badUserInput(`startsAt may be at most 366 days ahead, got ${startsAt.toISOString()}`, { field: 'startsAt' });
  }
}

/**
 * Checks a new offer: a real discount in whole fen, a start from now to a year ahead (default:
 * now), and an end, if any, after the start and still to come.
 */
export function validateOffer(input: MerchantOfferInput, now: Date) {
  const title = requireText('title', typeof input.title === 'string' ? input.title : '', { max: 100 });
  checkPrices(input.priceCents, input.originalPriceCents);
  const startsAt = input.startsAt ?? now;
  if (input.startsAt) checkNewStart(startsAt, now);
  const validUntil = input.validUntil ?? null;
  if (validUntil && validUntil.getTime() <= now.getTime()) {
    throw badUserInput(`validUntil ${validUntil.toISOString()} has already passed`, { field: 'validUntil' });
  }
  checkEnd(startsAt, validUntil);
  return { title, priceCents: input.priceCents, originalPriceCents: input.originalPriceCents, startsAt, validUntil };
}

/**
 * Applies an operator's changes to an offer. WITHDRAWN and ENDED offers are history and change
 * no more (CONFLICT: add a new offer). A CURRENT offer keeps its start (it has been shown from
 * then on). A new end must be after the start and still to come (to end an offer now, withdraw
 * it); `validUntil: null` removes the end. The merged offer passes the checks of a new one.
 */
export function applyOfferPatch<T extends OfferDates & { id: string; title: string; priceCents: number; originalPriceCents: number }>(
  current: T,
  patch: MerchantOfferPatch,
  now: Date,
) {
  for (const field of ['title', 'priceCents', 'originalPriceCents', 'startsAt'] as const) {
    if (field in patch && patch[field] === null) throw badUserInput(`${field} cannot be null; leave it out to keep it`, { field });
  }
  const status = offerStatus(current, now);
  if (status === 'WITHDRAWN' || status === 'ENDED') {
    throw conflict(`offer ${current.id} is ${status} and can no longer change; add a new offer instead`);
  }
  const has = (field: keyof MerchantOfferPatch) => field in patch && patch[field] !== undefined;
  const title = has('title') ? requireText('title', typeof patch.title === 'string' ? patch.title : '', { max: 100 }) : current.title;
  const priceCents = has('priceCents') ? patch.priceCents! : current.priceCents;
  const originalPriceCents = has('originalPriceCents') ? patch.originalPriceCents! : current.originalPriceCents;
  checkPrices(priceCents, originalPriceCents);
  let startsAt = current.startsAt;
  if (has('startsAt') && patch.startsAt!.getTime() !== current.startsAt.getTime()) {
    if (status === 'CURRENT') throw conflict(`offer ${current.id} has already started; its startsAt can no longer change`);
    checkNewStart(patch.startsAt!, now);
    startsAt = patch.startsAt!;
  }
  let validUntil = current.validUntil;
  if ('validUntil' in patch && patch.validUntil !== undefined) {
    validUntil = patch.validUntil ?? null;
    if (validUntil && validUntil.getTime() <= now.getTime()) {
      throw badUserInput(`validUntil ${validUntil.toISOString()} has already passed; withdraw the offer to end it now`, { field: 'validUntil' });
    }
  }
  checkEnd(startsAt, validUntil);
  return { title, priceCents, originalPriceCents, startsAt, validUntil };
}

/** Whether a patch leaves an offer as it was (a retried update writes nothing). */
export function sameOffer(
  a: { title: string; priceCents: number; originalPriceCents: number; startsAt: Date; validUntil: Date | null },
  b: { title: string; priceCents: number; originalPriceCents: number; startsAt: Date; validUntil: Date | null },
): boolean {
  return (
    a.title === b.title &&
    a.priceCents === b.priceCents &&
    a.originalPriceCents === b.originalPriceCents &&
    a.startsAt.getTime() === b.startsAt.getTime() &&
    (a.validUntil?.getTime() ?? null) === (b.validUntil?.getTime() ?? null)
  );
}
