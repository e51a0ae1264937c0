import { UnionInit1763800000000 } from './1763800000000-union-init';

/** Applied in this order; append, never reorder or edit one that has shipped. */
export const migrations = [UnionInit1763800000000];
