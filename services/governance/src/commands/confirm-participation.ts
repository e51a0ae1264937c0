import { conflict, lockOne, notFound, requireManager, type Database, type Principal } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Participation, VolunteerActivity, VolunteerConfirmation, type PointsEntryRow, type VolunteerConfirmationRow } from '../entities';
import { writeRollups } from '../migrations/rollups';
import { requireId } from '../rules/ids';
import { RollupChanges } from '../rules/metrics-rollups';
import { requireConfirmable } from '../rules/volunteer-activity';
import { CONFIRMATIONS_AFTER_SQL, CONFIRMATIONS_BEFORE_SQL } from '../rules/volunteer-confirmations';
import { appendEntry } from './append-points-entry';

/**
 * confirmParticipation: confirms that a signed-up worker took part, once the activity has
 * started, and pays the activity's points. The ledger reference is the activity id, so confirming
 * again returns the entry already paid instead of paying twice. Admins and governance operators
 * of the district.
 */
export async function confirmParticipation(db: Database, p: Principal, activityId: string, workerId: string, now: Date): Promise<PointsEntryRow> {
  requireId('activityId', activityId);
  // Read before the transaction: what is read here never changes once the activity exists.
  const activity = await db.manager.findOne(VolunteerActivity, { where: { id: activityId } });
  if (!activity) throw notFound(`no volunteer activity with id ${activityId}`);
  requireManager(p, 'governance', activity.districtCode);
  return db.transaction(async (em) => {
    // Locks before any plain read: on MySQL the transaction's snapshot is taken at its first
    // plain read, which must come after the worker's account lock (appendEntry) for
    // recordConfirmation to see the worker's confirmations committed just before.
    const participation = await lockOne(em, db, Participation, { activityId, workerId });
    if (!participation) throw conflict(`worker ${workerId} did not sign up for "${activity.title}"`);
    requireConfirmable(activity, now);
    const { entry } = await appendEntry(em, db, {
      workerId,
      delta: activity.pointsPerParticipant,
      reason: 'ACTIVITY',
      reference: activity.id,
      at: now,
    });
    if (!participation.confirmedAt) {
      await em.update(Participation, { id: participation.id }, { confirmedAt: now, pointsAwarded: entry.delta });
      // After appendEntry, which holds the worker's account lock: confirmations of a worker take turns.
      await recordConfirmation(em, { participationId: participation.id, districtCode: activity.districtCode, workerId, confirmedAt: now, points: entry.delta });
      await writeRollups(em, new RollupChanges().points(activity.districtCode, now, 'activityPoints', entry.delta));
    }
    return entry;
  });
}

/**
 * Records a confirmed attendance in volunteer_confirmations, linked to the worker's previous
 * confirmation in the district; the next one, if the new one comes before it, is linked to the
 * new one instead (the order of rules/volunteer-confirmations.ts). Callers hold the worker's
 * points account lock (appendEntry), so confirmations of one worker take turns.
 */
export async function recordConfirmation(em: EntityManager, c: Omit<VolunteerConfirmationRow, 'previousAt'>): Promise<void> {
  const params = { district: c.districtCode, worker: c.workerId, at: c.confirmedAt, id: c.participationId };
  const nearest = (side: typeof CONFIRMATIONS_BEFORE_SQL | typeof CONFIRMATIONS_AFTER_SQL) => {
    const qb = em.createQueryBuilder(VolunteerConfirmation, 'y').where(`y.districtCode = :district AND y.workerId = :worker AND ${side.where}`, params);
    for (const [column, direction] of side.order) qb.addOrderBy(column, direction);
    return qb.limit(1).getOne();
  };
  const before = await nearest(CONFIRMATIONS_BEFORE_SQL);
  const after = await nearest(CONFIRMATIONS_AFTER_SQL);
  await em.insert(VolunteerConfirmation, { ...c, previousAt: before?.confirmedAt ?? null });
  if (after) await em.update(VolunteerConfirmation, { participationId: after.participationId }, { previousAt: c.confirmedAt });
}
