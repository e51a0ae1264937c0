import type { Database } from '@nef/kit';
import { VolunteerActivity, type VolunteerActivityRow } from '../entities';
import { UPCOMING_ACTIVITY_SQL } from '../rules/volunteer-activity';

/**
 * Query.volunteerActivities: upcoming ones (not yet started at `now`) soonest first, or every
 * activity latest first; in one district or everywhere; at most `first`.
 */
export async function listVolunteerActivities(
  db: Database,
  args: { district: string | null; upcoming: boolean; first: number },
  now: Date,
): Promise<VolunteerActivityRow[]> {
  if (args.first === 0) return [];
  const qb = db.manager.createQueryBuilder(VolunteerActivity, 'a');
  if (args.district !== null) qb.andWhere('a.districtCode = :district', { district: args.district });
  if (args.upcoming) qb.andWhere(UPCOMING_ACTIVITY_SQL, { now });
  const direction = args.upcoming ? 'ASC' : 'DESC';
  return qb.orderBy('a.startsAt', direction).addOrderBy('a.id', direction).limit(args.first).getMany();
}
