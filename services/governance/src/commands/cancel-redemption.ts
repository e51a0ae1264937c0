import { canManage, forbidden, lockOne, notFound, type Database, type Principal } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Redemption, Reward, type RedemptionRow, type RewardRow } from '../entities';
import { writeRollups } from '../migrations/rollups';
import { RollupChanges } from '../rules/metrics-rollups';
import { requireCancellable } from '../rules/voucher';
import { appendEntry } from './append-points-entry';

/**
 * cancelRedemption: ISSUED -> CANCELLED, the points come back (REDEMPTION_REFUND with the
 * redemption id as reference, so never twice) and the voucher returns to stock. Locks the reward
 * before the redemption, in the order redeemReward uses, so the two cannot deadlock. The worker's
 * acting partner, governance operators and admins may cancel.
 */
export async function cancelRedemption(db: Database, p: Principal, redemptionId: string, now: Date): Promise<RedemptionRow> {
  const found = await db.manager.findOne(Redemption, { where: { id: redemptionId } });
  if (!found) throw notFound(`no redemption with id ${redemptionId}`);
  const mayCancel = canManage(p, 'governance', found.districtCode) || (p.role === 'partner' && p.workerId === found.workerId);
  if (!mayCancel) {
    throw forbidden('a redemption is cancelled by the partner acting for its worker, governance operators or admins');
  }
  return db.transaction(async (em) => {
    const reward = await lockOne(em, db, Reward, { id: found.rewardId });
    const r = await lockOne(em, db, Redemption, { id: redemptionId });
    if (!reward || !r) throw notFound(`no redemption with id ${redemptionId}`);
    requireCancellable(r);
    return cancelLocked(em, db, reward, r, now);
  });
}

/**
 * The cancellation itself, inside a transaction that holds the reward and the redemption locked
 * (in that order) and has checked that the redemption is ISSUED: the refund, the stock and the
 * metrics move together. Closing a worker's account cancels their open vouchers with it.
 */
export async function cancelLocked(em: EntityManager, db: Database, reward: RewardRow, r: RedemptionRow, now: Date): Promise<RedemptionRow> {
  await appendEntry(em, db, { workerId: r.workerId, delta: r.pointsSpent, reason: 'REDEMPTION_REFUND', reference: r.id, at: now });
  await em.update(Reward, { id: reward.id }, { stock: reward.stock + 1 });
  const patch = { status: 'CANCELLED' as const, cancelledAt: now };
  await em.update(Redemption, { id: r.id }, patch);
  // Metrics count a redemption on the day it was made, less those cancelled since.
  if (r.districtCode) await writeRollups(em, new RollupChanges().points(r.districtCode, r.redeemedAt, 'redeemedPoints', -r.pointsSpent));
  return { ...r, ...patch };
}
