import { TrainingInit1763900000000 } from './1763900000000-training-init';

/** Applied in this order; a released migration is never edited, only followed by a new one. */
export const migrations = [TrainingInit1763900000000];
