/**
 * Resolver types generated from this subgraph's schema (`npm run codegen` at the root; CI
 * fails when src/generated/resolvers.ts is stale). Mappers name the rows resolvers receive.
 */
import { subgraphCodegen } from '../../scripts/subgraph-codegen';

export default subgraphCodegen({
  Station: '../entities#StationRow',
  District: '../entities#DistrictRow',
  Region: '../entities#RegionRow',
  MerchantOffer: '../entities#MerchantOfferRow',
  StationVisit: '../entities#StationVisitRow',
  StationConnection: '../queries/list-stations#StationPage',
  StationMetrics: '../queries/visit-counts#DistrictStationMetrics',
  Worker: '../resolvers/refs#WorkerRef',
});
