import { StationsInit1763800000000 } from './1763800000000-stations-init';

/** Applied in this order; never edit one that has shipped, add the next. */
export const migrations = [StationsInit1763800000000];
