import { DistrictEntity } from './district';
import { DistrictVisitDayEntity } from './district-visit-day';
import { MerchantOfferEntity } from './merchant-offer';
import { RegionEntity } from './region';
import { StationEntity } from './station';
import { StationAmenityEntity } from './station-amenity';
import { StationVisitEntity } from './station-visit';
import { StationVisitDayEntity } from './station-visit-day';

export { DistrictEntity, type DistrictRow } from './district';
export { DistrictVisitDayEntity, type DistrictVisitDayRow } from './district-visit-day';
export { MerchantOfferEntity, type MerchantOfferRow } from './merchant-offer';
export { RegionEntity, type RegionLevelValue, type RegionRow } from './region';
export { StationEntity, type StationRow } from './station';
export { StationAmenityEntity, type StationAmenityRow } from './station-amenity';
export { StationVisitEntity, type StationVisitRow } from './station-visit';
export { StationVisitDayEntity, type StationVisitDayRow } from './station-visit-day';

/** Every table of the service, one entity each. */
export const entities = [
  DistrictEntity,
  StationEntity,
  StationAmenityEntity,
  MerchantOfferEntity,
  StationVisitEntity,
  StationVisitDayEntity,
  DistrictVisitDayEntity,
  RegionEntity,
];
