import type { CachePolicy } from '@nef/kit';

const UNION = { deps: ['union'], maxAge: 3600 } as const;

/**
 * What of this service's answers the gateway may keep: the platform and branch catalogues and
 * the district and region figures for periods that are over. Workers, accounts, memberships,
 * consultations and cases are personal or restricted and never kept. Every write moves `union`;
 * those that unlink accounts move `links` too.
 */
export const cachePolicy: CachePolicy = {
  // `links`: moves when an account stops naming its worker (a consent withdrawn, an account
  // closed). The gateways keep each account's worker for X-Acting-Worker while it stays put, and
  // drop them all when it moves, so a withdrawn platform stops at once; unlinks are rare.
  namespaces: ['union', 'links'],
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
  mutations: {
    createPlatform: ['union'],
    createUnionBranch: ['union'],
    registerWorker: ['union'],
    joinUnion: ['union'],
    withdrawMembership: ['union'],
    lapseMembership: ['union'],
    recordConsultation: ['union'],
    updateMeasureStatus: ['union'],
    openAssistanceCase: ['union'],
    updateAssistanceCase: ['union'],
    requestWorkerConsent: ['union'],
    // A new link names a worker for an account that named no one, which no gateway keeps (misses
    // are never kept): only an unlink changes a mapping a gateway may hold.
    linkPlatformAccount: ['union'],
    confirmWorkerConsent: ['union'],
    revokeConsent: ['union', 'links'],
    requestAccountClosure: ['union'],
  },
};
