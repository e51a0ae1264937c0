import { canManage, forbidden, lockOne, notFound, type Database, type Principal } from '@nef/kit';
import { Redemption, type RedemptionRow } from '../entities';
import { MAX_VOUCHER_CODE_CHARS, normalizeVoucherCode, requireUsable } from '../rules/voucher';

/**
 * useRedemption: marks a voucher used at the counter, ISSUED -> USED once; a second scan is
 * CONFLICT. Admins and governance operators within the reward's district, when it has one (the
 * resolver lets only governance managers call); codes are case-insensitive.
 */
export async function useRedemption(db: Database, p: Principal, voucherCode: string, now: Date): Promise<RedemptionRow> {
  const code = normalizeVoucherCode(voucherCode);
  return db.transaction(async (em) => {
    const r = code.length <= MAX_VOUCHER_CODE_CHARS ? await lockOne(em, db, Redemption, { voucherCode: code }) : null;
    if (!r) throw notFound('no voucher with this code');
    if (!canManage(p, 'governance', r.districtCode)) {
      throw forbidden('vouchers are marked used by governance operators of the reward’s district and admins');
    }
    requireUsable(r);
    const patch = { status: 'USED' as const, usedAt: now };
    await em.update(Redemption, { id: r.id }, patch);
    return { ...r, ...patch };
  });
}
