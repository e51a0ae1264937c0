import type { CachePolicy } from '@nef/kit';

const UNION = { deps: ['union'], maxAge: 3600 } as const;

/**
 * What of this service's answers the gateway may keep: the platform and branch catalogues and
 * the district and region figures for periods that are over. Workers, accounts, memberships,
 * consultations and cases are personal or restricted and never kept. Any write moves the one
 * namespace.
 */
export const cachePolicy: CachePolicy = {
  namespaces: ['union'],
  fields: {
    'Query.platforms': UNION,
    'Query.unionBranches': UNION,
    'Query.platformsPage': UNION,
    'Query.unionBranchesPage': UNION,
    'PlatformConnection.*': UNION,
    'PlatformEdge.*': UNION,
    'UnionBranchConnection.*': UNION,
    'UnionBranchEdge.*': UNION,
    'PageInfo.*': UNION,
    'Platform.*': UNION,
    'UnionBranch.*': UNION,
    'District.unionMetrics': UNION,
    'Region.unionMetrics': UNION,
    'UnionMetrics.*': UNION,
    'Count.*': UNION,
  },
  mutations: {},
};
