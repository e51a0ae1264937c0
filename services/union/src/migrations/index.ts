import { UnionInit1763800000000 } from './1763800000000-union-init';
import { UnionDomain1763900000000 } from './1763900000000-union-domain';
import { UnionMetricRollups1764400000000 } from './1764400000000-union-metric-rollups';
import { UnionWorkerStreet1766100000000 } from './1766100000000-union-worker-street';
import { UnionStreetRollups1766300000000 } from './1766300000000-union-street-rollups';
import { UnionConsent1766400000000 } from './1766400000000-union-consent';

/** Applied in this order; append, never reorder or edit one that has shipped. */
export const migrations = [
  UnionInit1763800000000,
  UnionDomain1763900000000,
  UnionMetricRollups1764400000000,
  UnionWorkerStreet1766100000000,
  UnionStreetRollups1766300000000,
  UnionConsent1766400000000,
];
