import { StationsInit1763800000000 } from './1763800000000-stations-init';
import { StationsDomain1763900000000 } from './1763900000000-stations-domain';
import { StationsDistrictVisitDays1764500000000 } from './1764500000000-stations-district-visit-days';
import { StationsOfferDates1765000000000 } from './1765000000000-stations-offer-dates';
import { StationsRegions1766000000000 } from './1766000000000-stations-regions';
import { StationsStreet1766100000000 } from './1766100000000-stations-street';
import { StationsStreetIndex1766200000000 } from './1766200000000-stations-street-index';
import { StationsUpdatedIndex1766300000000 } from './1766300000000-stations-updated-index';

/** Applied in this order; never edit one that has shipped, add the next. */
export const migrations = [StationsInit1763800000000, StationsDomain1763900000000, StationsDistrictVisitDays1764500000000, StationsOfferDates1765000000000, StationsRegions1766000000000, StationsStreet1766100000000, StationsStreetIndex1766200000000, StationsUpdatedIndex1766300000000];
