import { GovernanceInit1763900000000 } from './1763900000000-governance-init';
import { GovernanceDomain1764000000000 } from './1764000000000-governance-domain';
import { GovernanceMetricsRollups1764100000000 } from './1764100000000-governance-metrics-rollups';

/** Applied in this order; never edit one that has shipped, add the next. */
export const migrations = [GovernanceInit1763900000000, GovernanceDomain1764000000000, GovernanceMetricsRollups1764100000000];
