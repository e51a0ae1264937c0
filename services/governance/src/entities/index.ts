import { VolunteerActivity, Participation } from './activity';
import { Community, GatePass, VolunteerRole } from './community';
import { PointsAccount, PointsEntry } from './points';
import { Report } from './report';
import { Redemption, Reward } from './reward';

export { PointsAccount, PointsEntry, type PointsAccountRow, type PointsEntryRow } from './points';
export { Report, type ReportRow } from './report';
export { Reward, Redemption, type RewardRow, type RedemptionRow } from './reward';
export { Community, VolunteerRole, GatePass, type CommunityRow, type VolunteerRoleRow, type GatePassRow } from './community';
export { VolunteerActivity, Participation, type VolunteerActivityRow, type ParticipationRow } from './activity';

export const entities = [
  Report,
  PointsAccount,
  PointsEntry,
  Reward,
  Redemption,
  Community,
  VolunteerRole,
  GatePass,
  VolunteerActivity,
  Participation,
];
