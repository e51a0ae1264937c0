import { lockOne, newId, notFound, targetWorker, type Database, type Principal } from '@nef/kit';
import { MembershipEntity, UnionBranchEntity, WorkerEntity, type MembershipRow } from '../entities';
import { newCardNo, newMemberNo } from '../rules/membership-numbers';
import { keepsCardOnRejoin, MEMBERSHIP_MOVES, rejoinReason, type MembershipStatus } from '../rules/membership-status';
import { checkMove } from '../rules/status-move';
import { countMembershipChange, recordMembershipEvent } from './support/membership';
import { retryOnUniqueViolation } from './support/retry';
import { requireWorkerInReach } from './support/worker-reach';

export interface JoinUnionArgs {
  workerId?: string | null;
  branchId: string;
  channel: string;
}

/**
 * One-stop joining: an ACTIVE membership with its member and card numbers and the first
 * history row, in one transaction. A worker has at most one membership: joining while ACTIVE
 * returns it unchanged; joining while WITHDRAWN or LAPSED reactivates it (same member number,
 * new branch, channel and joinedAt, one more history row; a withdrawn member gets a new card
 * since the old one was given up). Concurrent joins for one worker queue on the worker's row
 * lock (MySQL) or the serialised transactions (SQLite), and UNIQUE(worker_id) backs both.
 */
export async function joinUnion(db: Database, p: Principal, args: JoinUnionArgs, now: Date): Promise<MembershipRow> {
  const workerId = targetWorker(p, 'union', args.workerId);
  const worker = await requireWorkerInReach(db, p, workerId);
  const branch = await db.manager.findOne(UnionBranchEntity, { where: { id: args.branchId } });
  if (!branch) throw notFound(`there is no union branch ${args.branchId}; list them with unionBranches`);

  // Retries cover the member/card number colliding (astronomically rare) and a join that lost
  // the UNIQUE(worker_id) race, whose next attempt finds the winner's membership.
  return retryOnUniqueViolation(5, () =>
    db.transaction(async (em) => {
      await lockOne(em, db, WorkerEntity, { id: workerId });
      const existing = await em.findOne(MembershipEntity, { where: { workerId } });
      if (existing) {
        if (!checkMove('membership', MEMBERSHIP_MOVES, existing.status as MembershipStatus, 'ACTIVE')) return existing;
        const left = existing.status as 'LAPSED' | 'WITHDRAWN';
        const reactivated: MembershipRow = {
          ...existing,
          status: 'ACTIVE',
          branchId: branch.id,
          channel: args.channel,
          joinedAt: now,
          updatedAt: now,
          cardNo: keepsCardOnRejoin(left) ? existing.cardNo : newCardNo(),
        };
        const { id, ...changes } = reactivated;
        await em.update(MembershipEntity, { id }, changes);
        await countMembershipChange(em, worker, existing, reactivated);
        await recordMembershipEvent(em, p, existing.id, 'ACTIVE', now, rejoinReason(left));
        return reactivated;
      }
      const membership: MembershipRow = {
        id: newId(),
        workerId,
        memberNo: newMemberNo(now, branch.districtCode ?? worker.districtCode),
        cardNo: newCardNo(),
        status: 'ACTIVE',
        branchId: branch.id,
        channel: args.channel,
        joinedAt: now,
        updatedAt: now,
      };
      await em.insert(MembershipEntity, membership);
      await countMembershipChange(em, worker, null, membership);
      await recordMembershipEvent(em, p, membership.id, 'ACTIVE', now, null);
      return membership;
    }),
  );
}
