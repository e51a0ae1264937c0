import { VolunteerActivity, Participation } from './activity';
import { Community, GatePass, VolunteerRole } from './community';
import { PointsAccount, PointsEntry } from './points';
import { Report } from './report';
import { Redemption, Reward } from './reward';
import { GovernanceDayTotal, ReportDayCount, ReportMonthCount, ReportResolution, ResolutionDay, ResolutionMonth, VolunteerConfirmation } from './rollups';

export { PointsAccount, PointsEntry, type PointsAccountRow, type PointsEntryRow } from './points';
export { Report, type ReportRow } from './report';
export { Reward, Redemption, type RewardRow, type RedemptionRow } from './reward';
export { Community, VolunteerRole, GatePass, type CommunityRow, type VolunteerRoleRow, type GatePassRow } from './community';
export { VolunteerActivity, Participation, type VolunteerActivityRow, type ParticipationRow } from './activity';
export {
  GovernanceDayTotal,
  ReportDayCount,
  ReportMonthCount,
  ReportResolution,
  ResolutionDay,
  ResolutionMonth,
  VolunteerConfirmation,
  type GovernanceDayTotalRow,
  type ReportDayCountRow,
  type ReportMonthCountRow,
  type ReportResolutionRow,
  type ResolutionDayRow,
  type ResolutionMonthRow,
  type VolunteerConfirmationRow,
} from './rollups';

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
  ReportDayCount,
  ReportMonthCount,
  GovernanceDayTotal,
  ReportResolution,
  ResolutionDay,
  ResolutionMonth,
  VolunteerConfirmation,
];
