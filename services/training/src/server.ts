import fs from 'node:fs';
import path from 'node:path';
import type { SubgraphModule } from '@nef/kit';
import { cachePolicy } from './cache';
import { workerPrivacy } from './commands/worker-privacy';
import { entities } from './entities';
import { CERTIFICATE_PATH, certificateRoute } from './http/certificate';
import { migrations } from './migrations';
import { createLoaders, type Loaders } from './queries/loaders';
import { resolvers } from './resolvers';
import { seedDemo } from './seed/demo';

export const service: SubgraphModule<Loaders> = {
  name: 'training',
  // The kit adds the shared definitions (DateTime, PageInfo, ...) when it builds the subgraph.
  typeDefs: fs.readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  seedDemo,
  cache: cachePolicy,
  routes: (db) => ({ [CERTIFICATE_PATH]: certificateRoute(db) }),
  privacy: workerPrivacy,
};
