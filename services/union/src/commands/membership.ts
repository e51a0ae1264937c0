import type { EntityManager } from 'typeorm';
import { badUserInput, forbidden, newId, notFound, targetWorker, type Database, type Principal } from '@nef/kit';
import { actorOf, canSeeWorker, isUnionStaff } from '../domain/access';
import { newCardNo, newMemberNo } from '../domain/membership-numbers';
import { applyRollups, RollupDelta, standingOf } from '../domain/rollups';
import { checkMove, MEMBERSHIP_MOVES, type MembershipStatus } from '../domain/status-rules';
import {
  MembershipEntity,
  MembershipEventEntity,
  PlatformAccountEntity,
  UnionBranchEntity,
  WorkerEntity,
  type MembershipRow,
  type WorkerRow,
} from '../entities';
import { lockRow } from './locks';
import { retryOnUniqueViolation } from './retry';

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
export async function joinUnion(db: Database, p: Principal, args: JoinUnionArgs): Promise<MembershipRow> {
  const workerId = targetWorker(p, 'union', args.workerId);
  const worker = await requireWorkerInReach(db, p, workerId);
  const branch = await db.manager.findOne(UnionBranchEntity, { where: { id: args.branchId } });
  if (!branch) throw notFound(`there is no union branch ${args.branchId}; list them with unionBranches`);

  // Retries cover the member/card number colliding (astronomically rare) and a join that lost
  // the UNIQUE(worker_id) race, whose next attempt finds the winner's membership.
  return retryOnUniqueViolation(5, () =>
    db.transaction(async (em) => {
      await lockRow(em, db, WorkerEntity, workerId);
      const existing = await em.findOne(MembershipEntity, { where: { workerId } });
      const now = new Date();
      if (existing) {
        if (!checkMove('membership', MEMBERSHIP_MOVES, existing.status as MembershipStatus, 'ACTIVE')) return existing;
        const reactivated: MembershipRow = {
          ...existing,
          status: 'ACTIVE',
          branchId: branch.id,
          channel: args.channel,
          joinedAt: now,
          updatedAt: now,
          cardNo: existing.status === 'WITHDRAWN' ? newCardNo() : existing.cardNo,
        };
        const { id, ...changes } = reactivated;
        await em.update(MembershipEntity, { id }, changes);
        await countChange(em, worker, existing, reactivated);
        const reason = existing.status === 'WITHDRAWN' ? 'joined again after withdrawal' : 'renewed after lapse';
        await recordEvent(em, p, existing.id, 'ACTIVE', now, reason);
        return reactivated;
      }
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
      await countChange(em, worker, null, membership);
      await recordEvent(em, p, membership.id, 'ACTIVE', now, null);
      return membership;
    }),
  );
}

/**
 * Withdrawal: union operators and admins for anyone, a partner for the worker it acts for.
 * ACTIVE or LAPSED becomes WITHDRAWN with a history row; withdrawing again changes nothing.
 */
export function withdrawMembership(db: Database, p: Principal, workerId: string, reason?: string | null) {
  if (!isUnionStaff(p)) {
    if (p.role !== 'partner') throw forbidden('only union operators, admins and the partner acting for the worker may withdraw a membership');
    if (p.workerId !== workerId) {
      throw forbidden('partners may withdraw only the membership of the worker named in X-Acting-Worker');
    }
  }
  return changeStatus(db, p, workerId, 'WITHDRAWN', optionalReason(reason));
}

/** Union operators and admins mark an ACTIVE membership LAPSED (dues not renewed); marking it again changes nothing. */
export function lapseMembership(db: Database, p: Principal, workerId: string, reason: string) {
  if (!isUnionStaff(p)) throw forbidden('only union operators and admins may mark a membership lapsed');
  const why = optionalReason(reason);
  if (!why) throw badUserInput('reason must say why the membership lapsed', { field: 'reason' });
  return changeStatus(db, p, workerId, 'LAPSED', why);
}

async function changeStatus(db: Database, p: Principal, workerId: string, to: MembershipStatus, reason: string | null) {
  const worker = await requireWorkerInReach(db, p, workerId);
  return db.transaction(async (em) => {
    await lockRow(em, db, WorkerEntity, workerId);
    const membership = await em.findOne(MembershipEntity, { where: { workerId } });
    if (!membership) throw notFound(`worker ${workerId} has no membership; joinUnion creates one`);
    if (!checkMove('membership', MEMBERSHIP_MOVES, membership.status as MembershipStatus, to)) return membership;
    const now = new Date();
    await em.update(MembershipEntity, { id: membership.id }, { status: to, updatedAt: now });
    const changed = { ...membership, status: to, updatedAt: now };
    await countChange(em, worker, membership, changed);
    await recordEvent(em, p, membership.id, to, now, reason);
    return changed;
  });
}

function optionalReason(reason: string | null | undefined): string | null {
  if (reason == null) return null;
  const trimmed = reason.trim();
  if ([...trimmed].length > 200) throw badUserInput('reason must be at most 200 characters', { field: 'reason' });
  return trimmed || null;
}

/** The worker exists (NOT_FOUND) and, for a partner, holds an account on its platform (FORBIDDEN). */
export async function requireWorkerInReach(db: Database, p: Principal, workerId: string): Promise<WorkerRow> {
  const worker = await db.manager.findOne(WorkerEntity, { where: { id: workerId } });
  if (!worker) throw notFound(`there is no worker ${workerId}`);
  if (!isUnionStaff(p)) {
    const accounts = await db.manager.find(PlatformAccountEntity, { where: { workerId } });
    if (!canSeeWorker(p, accounts.map((a) => a.platformCode))) {
      throw forbidden('partners may act only for workers with an account on their own platform');
    }
  }
  return worker;
}

/**
 * Moves the worker's contribution to the district rollups from one membership state to
 * another. Its accounts are read under the worker's row lock, which linking takes too.
 */
async function countChange(em: EntityManager, worker: WorkerRow, before: MembershipRow | null, after: MembershipRow) {
  const accounts = await em.find(PlatformAccountEntity, { where: { workerId: worker.id } });
  await applyRollups(em, new RollupDelta().change(standingOf(worker, before, accounts), standingOf(worker, after, accounts)));
}

async function recordEvent(em: EntityManager, p: Principal, membershipId: string, status: string, at: Date, reason: string | null) {
  await em.insert(MembershipEventEntity, { id: newId(), membershipId, status, at, actor: actorOf(p), reason });
}
