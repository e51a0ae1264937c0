import type { SubgraphContext } from '@nef/kit';
import type { Loaders } from '../queries/loaders';

export type Ctx = SubgraphContext<Loaders>;
