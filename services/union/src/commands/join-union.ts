import type { EntityManager } from 'typeorm';
import { forbidden, newId, notFound, targetWorker, type Database, type Principal } from '@nef/kit';
import { actorOf, canSeeWorker } from '../domain/access';
import { newCardNo, newMemberNo } from '../domain/membership-numbers';
import {
  MembershipEntity,
  MembershipEventEntity,
  PlatformAccountEntity,
  UnionBranchEntity,
  WorkerEntity,
  type MembershipRow,
} from '../entities';
import { retryOnUniqueViolation } from './retry';

export interface JoinUnionArgs {
  workerId?: string | null;
  branchId: string;
  channel: string;
}

/**
 * One-stop joining: an ACTIVE membership with its member and card numbers and the first
 * history row, in one transaction. A worker has at most one membership; joining again
 * returns it unchanged. Concurrent joins for one worker queue on the worker's row lock
 * (MySQL) or the serialised transactions (SQLite), and UNIQUE(worker_id) backs both.
 */
export async function joinUnion(db: Database, p: Principal, args: JoinUnionArgs): Promise<MembershipRow> {
  const workerId = targetWorker(p, 'union', args.workerId);
  const worker = await db.manager.findOne(WorkerEntity, { where: { id: workerId } });
  if (!worker) throw notFound(`there is no worker ${workerId}`);
  const accounts = await db.manager.find(PlatformAccountEntity, { where: { workerId } });
  if (!canSeeWorker(p, accounts.map((a) => a.platformCode))) {
    throw forbidden('partners may act only for workers with an account on their own platform');
  }
  const branch = await db.manager.findOne(UnionBranchEntity, { where: { id: args.branchId } });
  if (!branch) throw notFound(`there is no union branch ${args.branchId}; list them with unionBranches`);

  // Retries cover the member/card number colliding (astronomically rare) and a join that lost
  // the UNIQUE(worker_id) race, whose next attempt finds the winner's membership.
  return retryOnUniqueViolation(5, () =>
    db.transaction(async (em) => {
      await lockWorker(em, db, workerId);
      const existing = await em.findOne(MembershipEntity, { where: { workerId } });
      if (existing) return existing;
      const now = new Date();
      const membership: MembershipRow = {
        id: newId(),
        workerId,
        memberNo: newMemberNo(now),
        cardNo: newCardNo(),
        status: 'ACTIVE',
        branchId: branch.id,
        channel: args.channel,
        joinedAt: now,
        updatedAt: now,
      };
      await em.insert(MembershipEntity, membership);
      await em.insert(MembershipEventEntity, {
        id: newId(),
        membershipId: membership.id,
        status: 'ACTIVE',
        at: now,
        actor: actorOf(p),
        reason: null,
      });
      return membership;
    }),
  );
}

/** FOR UPDATE on the worker's row where the engine has it; SQLite's transactions already take turns. */
async function lockWorker(em: EntityManager, db: Database, workerId: string): Promise<void> {
  if (!db.lockMode) return;
  await em
    .createQueryBuilder(WorkerEntity, 'w')
    .select('w.id')
    .where('w.id = :workerId', { workerId })
    .setLock(db.lockMode)
    .getOne();
}
