/**
 * Resolver types generated from this subgraph's schema (`npm run codegen` at the root; CI
 * fails when src/generated/resolvers.ts is stale). Mappers name the rows resolvers receive.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: ['../../packages/kit/src/schema/federation.graphql', '../../packages/kit/src/schema/shared.graphql', 'src/schema.graphql'],
  generates: {
    'src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../resolvers/context#Ctx',
        scalars: { DateTime: 'Date' },
        mappers: {
          Station: '../entities#StationRow',
          District: '../entities#DistrictRow',
          MerchantOffer: '../entities#MerchantOfferRow',
          StationVisit: '../entities#StationVisitRow',
          StationConnection: '../queries/list-stations#StationPage',
          StationMetrics: '../queries/visit-counts#DistrictStationMetrics',
          Worker: '../resolvers/refs#WorkerRef',
        },
      },
    },
  },
};
export default config;
