import fs from 'node:fs';
import path from 'node:path';
import type { SubgraphModule } from '@nef/kit';
import { cachePolicy } from './cache';
import { seedDemo } from './demo';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';

export const service: SubgraphModule<Loaders> = {
  name: 'governance',
  typeDefs: fs.readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  seedDemo,
  cache: cachePolicy,
};
