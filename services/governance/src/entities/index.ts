import { PointsAccount, PointsEntry } from './points';
import { Report } from './report';

export { PointsAccount, PointsEntry, type PointsAccountRow, type PointsEntryRow } from './points';
export { Report, type ReportRow } from './report';

export const entities = [Report, PointsAccount, PointsEntry];
