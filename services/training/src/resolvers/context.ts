import type { SubgraphContext, SubgraphModule } from '@nef/kit';
import type { Loaders } from '../loaders';

export type Ctx = SubgraphContext<Loaders>;
export type Resolvers = SubgraphModule<Loaders>['resolvers'];
