import { conflict, forbidden, isUniqueViolation, newId, notFound, randomCode, canManage, type Database, type Principal } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Redemption, Reward, type RedemptionRow, type RewardRow } from '../entities';
import { appendEntry } from './ledger';
import { RollupChanges } from './rollups';
import { districtCode, id, idempotencyKey, intInRange, text } from './text';

/** 16 characters of a 32-letter alphabet: 80 bits, so a voucher cannot be guessed from another. */
export const VOUCHER_CODE_LENGTH = 16;

export interface RewardInput {
  title: string;
  costPoints: number;
  stock: number;
  stationId?: string | null;
  districtCode?: string | null;
}

export function validateReward(input: RewardInput): Omit<RewardRow, 'id' | 'active' | 'createdAt'> {
  return {
    title: text(input.title, 'title', 1, 100),
    costPoints: intInRange(input.costPoints, 'costPoints', 1, 1_000_000),
    stock: intInRange(input.stock, 'stock', 0, 1_000_000),
    stationId: input.stationId == null ? null : id(input.stationId, 'stationId'),
    districtCode: input.districtCode == null ? null : districtCode(input.districtCode, 'districtCode'),
  };
}

function lockReward(em: EntityManager, db: Database, rewardId: string): Promise<RewardRow | null> {
  const qb = em.createQueryBuilder(Reward, 'r').where('r.id = :id', { id: rewardId });
  if (db.lockMode) qb.setLock(db.lockMode);
  return qb.getOne();
}

function lockRedemption(em: EntityManager, db: Database, where: { id: string } | { voucherCode: string }): Promise<RedemptionRow | null> {
  const qb = em.createQueryBuilder(Redemption, 'x');
  if ('id' in where) qb.where('x.id = :id', { id: where.id });
  else qb.where('x.voucherCode = :code', { code: where.voucherCode });
  if (db.lockMode) qb.setLock(db.lockMode);
  return qb.getOne();
}

const findByKey = (em: EntityManager, workerId: string, key: string) =>
  em.findOne(Redemption, { where: { workerId, idempotencyKey: key } });

/** A retry must name the reward the key was first used for. */
function sameReward(first: RedemptionRow, rewardId: string): RedemptionRow {
  if (first.rewardId !== rewardId) {
    throw conflict(`idempotencyKey was already used to redeem reward ${first.rewardId}; use a new key for another reward`);
  }
  return first;
}

/**
 * Spends a worker's points on one voucher of a reward. All in one transaction that first locks
 * the reward row, so redemptions of one reward take turns: stock is read and decremented under
 * the lock and never goes below zero, and the ledger refuses to overdraw. A key already used by
 * the worker returns the redemption it made (CONFLICT if it was for another reward); when calls
 * with one key race, the unique (worker, key) index lets one commit and the others return it.
 * Failed attempts leave nothing behind, so a key that failed may be retried.
 */
export async function redeem(db: Database, args: { rewardId: string; workerId: string; idempotencyKey: string }): Promise<RedemptionRow> {
  const key = idempotencyKey(args.idempotencyKey);
  const earlier = await findByKey(db.manager, args.workerId, key);
  if (earlier) return sameReward(earlier, args.rewardId);
  try {
    return await db.transaction(async (em) => {
      const reward = await lockReward(em, db, args.rewardId);
      if (!reward) throw notFound(`no reward with id ${args.rewardId}`);
      // Read after the reward lock: a same-key call for this reward that held it has committed.
      const again = await findByKey(em, args.workerId, key);
      if (again) return sameReward(again, args.rewardId);
      if (!reward.active) throw conflict(`reward "${reward.title}" is no longer offered`);
      if (reward.stock <= 0) throw conflict(`reward "${reward.title}" is out of stock`);
      const row: RedemptionRow = {
        id: newId(),
        rewardId: reward.id,
        workerId: args.workerId,
        idempotencyKey: key,
        pointsSpent: reward.costPoints,
        voucherCode: randomCode(VOUCHER_CODE_LENGTH),
        status: 'ISSUED',
        districtCode: reward.districtCode,
        redeemedAt: new Date(),
        usedAt: null,
        cancelledAt: null,
      };
      await appendEntry(em, db, { workerId: args.workerId, delta: -reward.costPoints, reason: 'REDEMPTION', reference: row.id, at: row.redeemedAt });
      await em.update(Reward, { id: reward.id }, { stock: reward.stock - 1 });
      if (row.districtCode) await new RollupChanges().points(row.districtCode, row.redeemedAt, 'redeemedPoints', row.pointsSpent).write(em);
      // Last, so nothing can fail after it: on SQLite's one shared connection, reads outside this
      // transaction (the key lookup above) can see the row before it commits.
      await em.insert(Redemption, { ...row });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      const first = await findByKey(db.manager, args.workerId, key);
      if (first) return sameReward(first, args.rewardId);
    }
    throw err;
  }
}

/**
 * Marks a voucher used at the counter: ISSUED -> USED once; a second scan is CONFLICT. Admins and
 * governance operators (within the reward's district, when it has one) may do it.
 */
export async function useVoucher(db: Database, p: Principal, voucherCode: string): Promise<RedemptionRow> {
  return db.transaction(async (em) => {
    const r = voucherCode.length <= 32 ? await lockRedemption(em, db, { voucherCode }) : null;
    if (!r) throw notFound('no voucher with this code');
    if (!canManage(p, 'governance', r.districtCode)) {
      throw forbidden('vouchers are marked used by governance operators of the reward’s district and admins');
    }
    if (r.status === 'USED') throw conflict(`this voucher was already used at ${r.usedAt!.toISOString()}`);
    if (r.status === 'CANCELLED') throw conflict('this voucher was cancelled and its points refunded');
    const patch = { status: 'USED' as const, usedAt: new Date() };
    await em.update(Redemption, { id: r.id }, patch);
    return { ...r, ...patch };
  });
}

/**
 * Cancels an unused voucher: ISSUED -> CANCELLED, the points come back (REDEMPTION_REFUND with the
 * redemption id as reference, so never twice) and the voucher returns to stock. Locks the reward
 * before the redemption, in the order redeem uses, so the two cannot deadlock. The worker's
 * acting partner, governance operators and admins may cancel.
 */
export async function cancelVoucher(db: Database, p: Principal, redemptionId: string): Promise<RedemptionRow> {
  const found = await db.manager.findOne(Redemption, { where: { id: redemptionId } });
  if (!found) throw notFound(`no redemption with id ${redemptionId}`);
  const mayCancel = canManage(p, 'governance', found.districtCode) || (p.role === 'partner' && p.workerId === found.workerId);
  if (!mayCancel) {
    throw forbidden('a redemption is cancelled by the partner acting for its worker, governance operators or admins');
  }
  return db.transaction(async (em) => {
    const reward = await lockReward(em, db, found.rewardId);
    const r = await lockRedemption(em, db, { id: redemptionId });
    if (!reward || !r) throw notFound(`no redemption with id ${redemptionId}`);
    if (r.status === 'USED') throw conflict('this voucher was used: a used voucher cannot be cancelled');
    if (r.status === 'CANCELLED') throw conflict('this redemption is already cancelled and its points were refunded');
    const now = new Date();
    await appendEntry(em, db, { workerId: r.workerId, delta: r.pointsSpent, reason: 'REDEMPTION_REFUND', reference: r.id, at: now });
    await em.update(Reward, { id: reward.id }, { stock: reward.stock + 1 });
    const patch = { status: 'CANCELLED' as const, cancelledAt: now };
    await em.update(Redemption, { id: r.id }, patch);
    // Metrics count a redemption on the day it was made, less those cancelled since.
    if (r.districtCode) await new RollupChanges().points(r.districtCode, r.redeemedAt, 'redeemedPoints', -r.pointsSpent).write(em);
    return { ...r, ...patch };
  });
}
