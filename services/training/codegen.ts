/**
 * Resolver types generated from this subgraph's schema (`npm run codegen` at the root; CI
 * fails when src/generated/resolvers.ts is stale). The shared SDL comes from the kit, as when
 * the subgraph is built. Mappers name what resolvers of a type receive as their parent when it
 * is not the GraphQL shape: a table row (`../entities`), or a federation reference that carries
 * only its key (`../resolvers/refs`).
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
          Course: '../entities#CourseRow',
          CourseSession: '../entities#CourseSessionRow',
          Enrollment: '../entities#EnrollmentRow',
          CourseRequest: '../entities#CourseRequestRow',
          District: '../resolvers/refs#DistrictRef',
          Station: '../resolvers/refs#StationRef',
          Worker: '../resolvers/refs#WorkerRef',
        },
      },
    },
  },
};
export default config;
