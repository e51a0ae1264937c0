import type { SubgraphContext } from '@nef/kit';
import type { Loaders } from '../loaders';

export type Context = SubgraphContext<Loaders>;
