/**
 * The one resolver-codegen setup of every service (services/<name>/codegen.ts): the kit's
 * federation directives and shared SDL, then the service's schema, into
 * src/generated/resolvers.ts. A service says only which rows its resolvers receive (mappers).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

export function subgraphCodegen(mappers: Record<string, string>): CodegenConfig {
  return {
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
          mappers,
        },
      },
    },
  };
}
