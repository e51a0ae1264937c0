import type { CachePolicy } from '@nef/kit';

const GOVERNANCE = { deps: ['governance'], maxAge: 3600 } as const;

/**
 * What of this service's answers the gateway may keep: the public report list (never who
 * reported) with its public history and photos, rewards, communities (never their queue or
 * entry log) and activities, and district and region figures for periods that are over.
 * Points, redemptions, roles and passes are personal and never kept. Any write moves the one
 * namespace. Upcoming activities hold until the first listed one starts.
 */
export const cachePolicy: CachePolicy = {
  namespaces: ['governance'],
  fields: {
    'Query.report': GOVERNANCE,
    'Query.reports': GOVERNANCE,
    'Query.rewards': GOVERNANCE,
    'Query.communities': GOVERNANCE,
    'Query.volunteerActivities': GOVERNANCE,
    'Query.community': GOVERNANCE,
    'Query.rewardsConnection': GOVERNANCE,
    'Query.communitiesConnection': GOVERNANCE,
    'Query.volunteerActivitiesConnection': GOVERNANCE,
    'RewardConnection.*': GOVERNANCE,
    'RewardEdge.*': GOVERNANCE,
    'CommunityConnection.*': GOVERNANCE,
    'CommunityEdge.*': GOVERNANCE,
    'VolunteerActivityConnection.*': GOVERNANCE,
    'VolunteerActivityEdge.*': GOVERNANCE,
    'Station.rewardsConnection': GOVERNANCE,
    'Report.*': GOVERNANCE,
    'Report.reporter': false,
    'ReportConnection.*': GOVERNANCE,
    'ReportEdge.*': GOVERNANCE,
    'PageInfo.*': GOVERNANCE,
    'GeoPoint.*': GOVERNANCE,
    'ReportUpdate.*': GOVERNANCE,
    'ReportPhoto.*': GOVERNANCE,
    'Reward.*': GOVERNANCE,
    'Community.*': GOVERNANCE,
    // A community's queue and entry log are its operators' only, never kept.
    'Community.gatePassRequests': false,
    'Community.entryLog': false,
    'VolunteerActivity.*': GOVERNANCE,
    'Station.rewards': GOVERNANCE,
    'District.code': GOVERNANCE,
    'District.governanceMetrics': GOVERNANCE,
    'Region.code': GOVERNANCE,
    'Region.governanceMetrics': GOVERNANCE,
    'GovernanceMetrics.*': GOVERNANCE,
    'Count.*': GOVERNANCE,
  },
  mutations: {},
};
