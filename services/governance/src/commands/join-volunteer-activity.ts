import { lockOne, newId, notFound, type Database } from '@nef/kit';
import { Participation, VolunteerActivity, type VolunteerActivityRow } from '../entities';
import { requireId } from '../rules/ids';
import { requireSignUpOpen } from '../rules/volunteer-activity';

/**
 * joinVolunteerActivity: signs a worker up. The activity row is locked, so sign-ups take turns
 * and `participants` never passes `capacity`. Signing up again returns the activity unchanged
 * (idempotent per worker).
 */
export async function joinVolunteerActivity(db: Database, activityId: string, workerId: string, now: Date): Promise<VolunteerActivityRow> {
  requireId('activityId', activityId);
  return db.transaction(async (em) => {
    const activity = await lockOne(em, db, VolunteerActivity, { id: activityId });
    if (!activity) throw notFound(`no volunteer activity with id ${activityId}`);
    if (await em.findOne(Participation, { where: { activityId, workerId } })) return activity;
    requireSignUpOpen(activity, now);
    await em.insert(Participation, { id: newId(), activityId, workerId, joinedAt: now, confirmedAt: null, pointsAwarded: null });
    await em.update(VolunteerActivity, { id: activityId }, { participants: activity.participants + 1 });
    return { ...activity, participants: activity.participants + 1 };
  });
}
