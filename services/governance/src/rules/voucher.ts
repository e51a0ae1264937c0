import { conflict, randomCode } from '@nef/kit/rules';
import type { RedemptionRow } from '../entities';

/** 16 characters of a 32-letter alphabet: 80 bits, so a voucher cannot be guessed from another. */
export const VOUCHER_CODE_LENGTH = 16;
export const newVoucherCode = () => randomCode(VOUCHER_CODE_LENGTH);

/** Longest code worth looking up: codes are shorter, so anything longer names no voucher. */
export const MAX_VOUCHER_CODE_CHARS = 32;

/** Codes are read back case-insensitively and without surrounding spaces. */
export const normalizeVoucherCode = (code: string) => code.trim().toUpperCase();

/** A voucher is used once: ISSUED -> USED; a used or cancelled one is CONFLICT. */
export function requireUsable(r: Pick<RedemptionRow, 'status' | 'usedAt'>): void {
  if (r.status === 'USED') throw conflict(`this voucher was already used at ${r.usedAt!.toISOString()}`);
  if (r.status === 'CANCELLED') throw conflict('this voucher was cancelled and its points refunded');
}

/** Only an unused voucher is cancelled: ISSUED -> CANCELLED; a used or cancelled one is CONFLICT. */
export function requireCancellable(r: Pick<RedemptionRow, 'status'>): void {
  if (r.status === 'USED') throw conflict('this voucher was used: a used voucher cannot be cancelled');
  if (r.status === 'CANCELLED') throw conflict('this redemption is already cancelled and its points were refunded');
}
