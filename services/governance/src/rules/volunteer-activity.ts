import { badUserInput, conflict, requireCounty, requireIntInRange, requireText } from '@nef/kit/rules';
import type { VolunteerActivityRow } from '../entities';

export interface ActivityInput {
  title: string;
  communityId?: string | null;
  /** Where an activity without a community takes place (an addition to the contract's input). */
  districtCode?: string | null;
  startsAt: Date;
  hours: number;
  pointsPerParticipant: number;
  capacity: number;
}

/** A new activity's own fields, checked: a title of 1 to 100 characters, hours in (0, 24], 1 to 1000 points, room for 1 to 10000. */
export function validateActivity(input: ActivityInput): Pick<VolunteerActivityRow, 'title' | 'hours' | 'pointsPerParticipant' | 'capacity'> {
  const title = requireText('title', input.title, { max: 100 });
  if (!Number.isFinite(input.hours) || input.hours <= 0 || input.hours > 24) {
    throw badUserInput(`hours must be more than 0 and at most 24, got ${input.hours}`, { field: 'hours' });
  }
  const pointsPerParticipant = requireIntInRange('pointsPerParticipant', input.pointsPerParticipant, 1, 1000);
  const capacity = requireIntInRange('capacity', input.capacity, 1, 10_000);
  return { title, hours: input.hours, pointsPerParticipant, capacity };
}

/** An activity's district is its community's, or the one named when it has no community; naming another is refused. */
export function activityDistrict(communityDistrict: string | null, districtCode: string | null | undefined): string {
  const named = districtCode == null ? null : requireCounty('districtCode', districtCode);
  if (communityDistrict && named && named !== communityDistrict) {
    throw badUserInput(`districtCode ${named} differs from the community's district ${communityDistrict}; leave it out`, { field: 'districtCode' });
  }
  const district = communityDistrict ?? named;
  if (!district) throw badUserInput('name a communityId, or a districtCode for an activity outside any community', { field: 'districtCode' });
  return district;
}

/** An activity has started once its start time has come: sign-up closes, attendance may be confirmed. */
export function hasStarted(activity: Pick<VolunteerActivityRow, 'startsAt'>, now: Date | number): boolean {
  return activity.startsAt.getTime() <= (typeof now === 'number' ? now : now.getTime());
}

/** Upcoming activities (not `hasStarted`) in SQL, over volunteer_activities' columns, with the instant as `:now`. */
export const UPCOMING_ACTIVITY_SQL = 'starts_at > :now';

/** A worker may sign up until the activity starts, while places are left. */
export function requireSignUpOpen(activity: Pick<VolunteerActivityRow, 'title' | 'startsAt' | 'participants' | 'capacity'>, now: Date): void {
  if (hasStarted(activity, now)) {
    throw conflict(`"${activity.title}" started at ${activity.startsAt.toISOString()}: sign-up is closed`);
  }
  if (activity.participants >= activity.capacity) {
    throw conflict(`"${activity.title}" is full: all ${activity.capacity} places are taken`);
  }
}

/** Attendance is confirmed once the activity has started. */
export function requireConfirmable(activity: Pick<VolunteerActivityRow, 'title' | 'startsAt'>, now: Date): void {
  if (!hasStarted(activity, now)) {
    throw conflict(`"${activity.title}" starts at ${activity.startsAt.toISOString()}: attendance is confirmed once it has started`);
  }
}
