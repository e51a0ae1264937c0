import type { CachePolicy } from '@nef/kit';

const STATIONS = { deps: ['stations'], maxAge: 3600 } as const;
/** The region catalogue changes only with `stations:regions-refresh`, which bumps `stations`. */
const REGIONS = STATIONS;

/**
 * What of this service's answers the gateway may keep: the public station layer and the
 * district catalogue (namespace `stations`: stations, amenities, hours, offers, districts) and
 * the visit counts (namespace `visits`, moved by every visit). Who visited is personal and never
 * kept. Answers that follow the clock say so: opening status until the minute ends, offers until
 * the first of them starts or ends (or the station's next offer starts), `openNow` filters until
 * the minute ends; a manager's list of ended and withdrawn offers is never kept. Visits, and the
 * import's answer, are not listed, so never kept.
 */
export const cachePolicy: CachePolicy = {
  namespaces: ['stations', 'visits'],
  fields: {
    'Query.station': STATIONS,
    'Query.stations': STATIONS,
    'Query.stationsNear': STATIONS,
    'Query.stationsNearConnection': STATIONS,
    'Query.district': STATIONS,
    'Query.districts': STATIONS,
    'Query.districtsConnection': STATIONS,
    'Query.region': REGIONS,
    'Query.regions': REGIONS,
    'Station.*': STATIONS,
    'Station.isOpen': { deps: ['stations'], maxAge: 'minute' },
    'Station.visitCount': { deps: ['visits'], maxAge: 3600 },
    'District.*': STATIONS,
    'District.stationMetrics': { deps: ['stations', 'visits'], maxAge: 3600 },
    'StationMetrics.*': STATIONS,
    'KindCount.*': STATIONS,
    'NearbyStation.*': STATIONS,
    'NearbyStationConnection.*': STATIONS,
    'NearbyStationEdge.*': STATIONS,
    'DistrictConnection.*': STATIONS,
    'DistrictEdge.*': STATIONS,
    'Region.*': REGIONS,
    'Region.district': STATIONS,
    'Region.stationMetrics': { deps: ['stations', 'visits'], maxAge: 3600 },
    'RegionConnection.*': REGIONS,
    'RegionEdge.*': REGIONS,
    'MerchantOfferConnection.*': STATIONS,
    'MerchantOfferEdge.*': STATIONS,
    'StationConnection.*': STATIONS,
    'StationEdge.*': STATIONS,
    'PageInfo.*': STATIONS,
    'GeoPoint.*': STATIONS,
    'OpeningPeriod.*': STATIONS,
    'OpeningException.*': STATIONS,
    'MerchantOffer.*': STATIONS,
  },
  // A visit changes counts only; every other write may change the station layer.
  mutations: { recordVisit: ['visits'] },
};
