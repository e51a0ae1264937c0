import type { CachePolicy } from '@nef/kit';

const GOVERNANCE = { deps: ['governance'], maxAge: 3600 } as const;

/**
 * What of this service's answers the gateway may keep: the public report list (never who
 * reported), rewards, communities and activities, and district figures for periods that are
 * over. Points, redemptions, roles and passes are personal and never kept. Any write moves the
 * one namespace. Upcoming activities hold until the first listed one starts.
 */
export const cachePolicy: CachePolicy = {
  namespaces: ['governance'],
  fields: {
    'Query.report': GOVERNANCE,
    'Query.reports': GOVERNANCE,
    'Query.rewards': GOVERNANCE,
    'Query.communities': GOVERNANCE,
    'Query.volunteerActivities': GOVERNANCE,
    'Report.*': GOVERNANCE,
    'Report.reporter': false,
    'ReportConnection.*': GOVERNANCE,
    'ReportEdge.*': GOVERNANCE,
    'PageInfo.*': GOVERNANCE,
    'GeoPoint.*': GOVERNANCE,
    'Reward.*': GOVERNANCE,
    'Community.*': GOVERNANCE,
    'VolunteerActivity.*': GOVERNANCE,
    'Station.rewards': GOVERNANCE,
    'District.code': GOVERNANCE,
    'District.governanceMetrics': GOVERNANCE,
    'GovernanceMetrics.*': GOVERNANCE,
    'Count.*': GOVERNANCE,
  },
  mutations: {},
};
