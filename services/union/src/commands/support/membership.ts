import type { EntityManager } from 'typeorm';
import { lockOne, newId, notFound, type Database, type Principal } from '@nef/kit';
import { MembershipEntity, MembershipEventEntity, PlatformAccountEntity, WorkerEntity, type MembershipRow, type WorkerRow } from '../../entities';
import { actorOf } from '../../rules/history-actor';
import { RollupDelta, standingOf } from '../../rules/metric-rollups';
import { MEMBERSHIP_MOVES, type MembershipStatus } from '../../rules/membership-status';
import { checkMove } from '../../rules/status-move';
import { applyRollups } from './rollups';
import { requireWorkerInReach } from './worker-reach';

/**
 * What withdrawing and lapsing share: under the worker's row lock, the membership moves to
 * `to` if the status machine allows (the same status is a no-op), with a history row and the
 * rollups moved.
 */
export async function changeMembershipStatus(db: Database, p: Principal, workerId: string, to: MembershipStatus, reason: string | null, now: Date) {
  const worker = await requireWorkerInReach(db, p, workerId);
  return db.transaction(async (em) => {
    await lockOne(em, db, WorkerEntity, { id: workerId });
    const membership = await em.findOne(MembershipEntity, { where: { workerId } });
    if (!membership) throw notFound(`worker ${workerId} has no membership; joinUnion creates one`);
    if (!checkMove('membership', MEMBERSHIP_MOVES, membership.status as MembershipStatus, to)) return membership;
    await em.update(MembershipEntity, { id: membership.id }, { status: to, updatedAt: now });
    const changed = { ...membership, status: to, updatedAt: now };
    await countMembershipChange(em, worker, membership, changed);
    await recordMembershipEvent(em, p, membership.id, to, now, reason);
    return changed;
  });
}

/**
 * Moves the worker's contribution to the district rollups from one membership state to
 * another. Its accounts are read under the worker's row lock, which linking takes too.
 */
export async function countMembershipChange(em: EntityManager, worker: WorkerRow, before: MembershipRow | null, after: MembershipRow) {
  const accounts = await em.find(PlatformAccountEntity, { where: { workerId: worker.id } });
  await applyRollups(em, new RollupDelta().change(standingOf(worker, before, accounts), standingOf(worker, after, accounts)));
}

export async function recordMembershipEvent(em: EntityManager, p: Principal, membershipId: string, status: string, at: Date, reason: string | null) {
  await em.insert(MembershipEventEntity, { id: newId(), membershipId, status, at, actor: actorOf(p), reason });
}
