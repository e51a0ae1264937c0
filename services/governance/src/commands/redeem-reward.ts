import { conflict, isUniqueViolation, lockOne, newId, notFound, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Redemption, Reward, type RedemptionRow } from '../entities';
import { writeRollups } from '../migrations/rollups';
import { requireIdempotencyKey } from '../rules/idempotency-key';
import { RollupChanges } from '../rules/metrics-rollups';
import { newVoucherCode } from '../rules/voucher';
import { appendEntry } from './append-points-entry';

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
 * redeemReward: spends a worker's points on one voucher of a reward. All in one transaction that
 * first locks the reward row, so redemptions of one reward take turns: stock is read and
 * decremented under the lock and never goes below zero, and the ledger refuses to overdraw. A key
 * already used by the worker returns the redemption it made (CONFLICT if it was for another
 * reward); when calls with one key race, the unique (worker, key) index lets one commit and the
 * others return it. Failed attempts leave nothing behind, so a key that failed may be retried.
 */
export async function redeemReward(db: Database, args: { rewardId: string; workerId: string; idempotencyKey: string }, now: Date): Promise<RedemptionRow> {
  const key = requireIdempotencyKey(args.idempotencyKey);
  const earlier = await findByKey(db.manager, args.workerId, key);
  if (earlier) return sameReward(earlier, args.rewardId);
  try {
    return await db.transaction(async (em) => {
      const reward = await lockOne(em, db, Reward, { id: args.rewardId });
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
        voucherCode: newVoucherCode(),
        status: 'ISSUED',
        districtCode: reward.districtCode,
        redeemedAt: now,
        usedAt: null,
        cancelledAt: null,
      };
      await appendEntry(em, db, { workerId: args.workerId, delta: -reward.costPoints, reason: 'REDEMPTION', reference: row.id, at: row.redeemedAt });
      await em.update(Reward, { id: reward.id }, { stock: reward.stock - 1 });
      if (row.districtCode) await writeRollups(em, new RollupChanges().points(row.districtCode, row.redeemedAt, 'redeemedPoints', row.pointsSpent));
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
