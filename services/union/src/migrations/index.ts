import { UnionInit1763800000000 } from './1763800000000-union-init';
import { UnionDomain1763900000000 } from './1763900000000-union-domain';

/** Applied in this order; append, never reorder or edit one that has shipped. */
export const migrations = [UnionInit1763800000000, UnionDomain1763900000000];
