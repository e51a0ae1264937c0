import fs from 'node:fs';
import path from 'node:path';
import type { SubgraphModule } from '@nef/kit';
import { cachePolicy } from './cache';
import { governancePrivacy } from './commands/worker-privacy';
import { entities } from './entities';
import { reportPhotoRoute } from './http/report-photo';
import { migrations } from './migrations';
import { createLoaders, type Loaders } from './queries/loaders';
import { resolvers } from './resolvers';
import { seedDemo } from './seed/demo';

export const service: SubgraphModule<Loaders> = {
  name: 'governance',
  typeDefs: fs.readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  seedDemo,
  cache: cachePolicy,
  routes: (db) => ({ '/report-photo': reportPhotoRoute(db) }),
  privacy: governancePrivacy(),
};
