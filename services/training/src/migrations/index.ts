import { TrainingInit1763900000000 } from './1763900000000-training-init';
import { TrainingDomain1764000000000 } from './1764000000000-training-domain';
import { TrainingMetricsIndexes1764100000000 } from './1764100000000-training-metrics-indexes';
import { TrainingCertificateRevocation1764200000000 } from './1764200000000-training-certificate-revocation';
import { TrainingSubsidyLedger1764300000000 } from './1764300000000-training-subsidy-ledger';
import { TrainingCourseStreet1764400000000 } from './1764400000000-training-course-street';

/** Applied in this order; a released migration is never edited, only followed by a new one. */
export const migrations = [TrainingInit1763900000000, TrainingDomain1764000000000, TrainingMetricsIndexes1764100000000, TrainingCertificateRevocation1764200000000, TrainingSubsidyLedger1764300000000, TrainingCourseStreet1764400000000];
