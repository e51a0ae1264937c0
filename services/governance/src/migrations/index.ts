import { GovernanceInit1763900000000 } from './1763900000000-governance-init';
import { GovernanceDomain1764000000000 } from './1764000000000-governance-domain';
import { GovernanceMetricsRollups1764100000000 } from './1764100000000-governance-metrics-rollups';
import { ReportHistory1764200000000 } from './1764200000000-report-history';
import { GateRegistration1764300000000 } from './1764300000000-gate-registration';
import { ReportPhotos1764400000000 } from './1764400000000-report-photos';
import { ReportStreet1766100000000 } from './1766100000000-report-street';
import { ReportStreetIndexes1766200000000 } from './1766200000000-report-street-indexes';
import { NationalMetricsIndexes1766600000000 } from './1766600000000-national-metrics-indexes';

/** Applied in this order; never edit one that has shipped, add the next. */
export const migrations = [
  GovernanceInit1763900000000,
  GovernanceDomain1764000000000,
  GovernanceMetricsRollups1764100000000,
  ReportHistory1764200000000,
  GateRegistration1764300000000,
  ReportPhotos1764400000000,
  ReportStreet1766100000000,
  ReportStreetIndexes1766200000000,
  NationalMetricsIndexes1766600000000,
];
