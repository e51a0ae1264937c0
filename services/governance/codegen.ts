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
          Report: '../entities#ReportRow',
          PointsEntry: '../entities#PointsEntryRow',
          Reward: '../entities#RewardRow',
          Redemption: '../entities#RedemptionRow',
          Community: '../entities#CommunityRow',
          VolunteerRole: '../entities#VolunteerRoleRow',
          GatePass: '../entities#GatePassRow',
          VolunteerActivity: '../entities#VolunteerActivityRow',
          Worker: '../resolvers/refs#WorkerRef',
          Station: '../resolvers/refs#StationRef',
          District: '../resolvers/refs#DistrictRef',
        },
      },
    },
  },
};
export default config;
