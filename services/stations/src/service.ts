import fs from 'node:fs';
import path from 'node:path';
import type { SubgraphModule } from '@nef/kit';
import { cachePolicy } from './cache';
import { seedDemo } from './demo';
import { DistrictEntity } from './entities/district';
import { MerchantOfferEntity } from './entities/offer';
import { StationAmenityEntity, StationEntity } from './entities/station';
import { DistrictVisitDayEntity, StationVisitDayEntity, StationVisitEntity } from './entities/visit';
import { GEOJSON_PATH, geojsonRoute } from './http/geojson';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';

export const entities = [DistrictEntity, StationEntity, StationAmenityEntity, MerchantOfferEntity, StationVisitEntity, StationVisitDayEntity, DistrictVisitDayEntity];

export const service: SubgraphModule<Loaders> = {
  name: 'stations',
  typeDefs: fs.readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  seedDemo,
  routes: (db) => ({ [GEOJSON_PATH]: geojsonRoute(db) }),
  cache: cachePolicy,
};
