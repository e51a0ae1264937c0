/**
 * Resolver types generated from this subgraph's schema (`npm run codegen` at the root; CI
 * fails when src/generated/resolvers.ts is stale). Mappers name the rows resolvers receive.
 */
import { subgraphCodegen } from '../../scripts/subgraph-codegen';

export default subgraphCodegen({
  Report: '../entities#ReportRow',
  ReportUpdate: '../rules/report-history#HistoryLine',
  ReportPhoto: '../entities#ReportPhotoRow',
  PointsEntry: '../entities#PointsEntryRow',
  Reward: '../entities#RewardRow',
  Redemption: '../entities#RedemptionRow',
  Community: '../entities#CommunityRow',
  VolunteerRole: '../entities#VolunteerRoleRow',
  GatePass: '../entities#GatePassRow',
  GatePassRequest: '../entities#GatePassRequestRow',
  GateEntry: '../entities#GateEntryRow',
  VolunteerActivity: '../entities#VolunteerActivityRow',
  Worker: '../resolvers/refs#WorkerRef',
  Station: '../resolvers/refs#StationRef',
  District: '../resolvers/refs#DistrictRef',
  Region: '../resolvers/refs#RegionRef',
});
