import { newId, type Database, type Principal } from '@nef/kit';
import { VolunteerActivity, type VolunteerActivityRow } from '../entities';
import { requireGovernance } from '../rules/governance-access';
import { activityDistrict, validateActivity, type ActivityInput } from '../rules/volunteer-activity';
import { communityOf } from './community-of';

/**
 * createVolunteerActivity: in its community's district, or in the one named for an activity
 * outside any community. Governance operators of that district and admins.
 */
export async function createVolunteerActivity(db: Database, p: Principal, input: ActivityInput, now: Date): Promise<VolunteerActivityRow> {
  const fields = validateActivity(input);
  const community = input.communityId == null ? null : await communityOf(db.manager, input.communityId);
  const district = activityDistrict(community?.districtCode ?? null, input.districtCode);
  requireGovernance(p, district);
  const row: VolunteerActivityRow = {
    id: newId(),
    title: fields.title,
    communityId: community?.id ?? null,
    districtCode: district,
    startsAt: input.startsAt,
    hours: fields.hours,
    pointsPerParticipant: fields.pointsPerParticipant,
    capacity: fields.capacity,
    participants: 0,
    createdAt: now,
  };
  await db.transaction((em) => em.insert(VolunteerActivity, { ...row }));
  return row;
}
