import { Community } from './community';
import { GateEntry } from './gate-entry';
import { GatePass } from './gate-pass';
import { GatePassRequest } from './gate-pass-request';
import { GovernanceDayTotal } from './governance-day-total';
import { PointsAccount } from './points-account';
import { PointsEntry } from './points-entry';
import { Redemption } from './redemption';
import { Report } from './report';
import { ReportDayCount } from './report-day-count';
import { ReportPhoto } from './report-photo';
import { ReportUpdate } from './report-update';
import { ReportMonthCount } from './report-month-count';
import { ReportResolution } from './report-resolution';
import { ResolutionDay } from './report-resolution-day';
import { ResolutionMonth } from './report-resolution-month';
import { Reward } from './reward';
import { VolunteerActivity } from './volunteer-activity';
import { VolunteerConfirmation } from './volunteer-confirmation';
import { Participation } from './volunteer-participation';
import { VolunteerRole } from './volunteer-role';

export { Community, type CommunityRow } from './community';
export { GateEntry, type GateEntryRow } from './gate-entry';
export { GatePass, type GatePassRow } from './gate-pass';
export { GatePassRequest, type GatePassRequestRow } from './gate-pass-request';
export { GovernanceDayTotal, type GovernanceDayTotalRow } from './governance-day-total';
export { PointsAccount, type PointsAccountRow } from './points-account';
export { PointsEntry, type PointsEntryRow } from './points-entry';
export { Redemption, type RedemptionRow } from './redemption';
export { Report, type ReportRow } from './report';
export { ReportDayCount, type ReportDayCountRow } from './report-day-count';
export { ReportPhoto, type ReportPhotoRow } from './report-photo';
export { ReportUpdate, type ReportUpdateRow } from './report-update';
export { ReportMonthCount, type ReportMonthCountRow } from './report-month-count';
export { ReportResolution, type ReportResolutionRow } from './report-resolution';
export { ResolutionDay, type ResolutionDayRow } from './report-resolution-day';
export { ResolutionMonth, type ResolutionMonthRow } from './report-resolution-month';
export { Reward, type RewardRow } from './reward';
export { VolunteerActivity, type VolunteerActivityRow } from './volunteer-activity';
export { VolunteerConfirmation, type VolunteerConfirmationRow } from './volunteer-confirmation';
export { Participation, type ParticipationRow } from './volunteer-participation';
export { VolunteerRole, type VolunteerRoleRow } from './volunteer-role';

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
  ReportUpdate,
  GatePassRequest,
  GateEntry,
  ReportPhoto,
];
