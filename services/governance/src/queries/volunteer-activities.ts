import type { Connection, Database } from '@nef/kit';
import { VolunteerActivity, type VolunteerActivityRow } from '../entities';
import { andSql, type After, type Keyset } from '../rules/keyset';
import { UPCOMING_ACTIVITY_SQL } from '../rules/volunteer-activity';
import { pageOfTable } from './pages';

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

/** The order of Query.volunteerActivitiesConnection: upcoming ones soonest first, all of them latest first. */
export const activityOrder = (upcoming: boolean): Keyset => ({ column: 'starts_at', property: 'startsAt', direction: upcoming ? 'ASC' : 'DESC' });

/** Query.volunteerActivitiesConnection: as listVolunteerActivities, a page after `after`. */
export function pageVolunteerActivities(
  db: Database,
  args: { district: string | null; upcoming: boolean; first: number; after: After | undefined },
  now: Date,
): Promise<Connection<VolunteerActivityRow>> {
  let where: { sql: string; params: Record<string, unknown> } | undefined;
  if (args.district !== null) where = { sql: 'district_code = :district', params: { district: args.district } };
  if (args.upcoming) where = andSql(where, { sql: UPCOMING_ACTIVITY_SQL, params: { now } });
  return pageOfTable(db, VolunteerActivity, where, activityOrder(args.upcoming), args.first, args.after);
}
