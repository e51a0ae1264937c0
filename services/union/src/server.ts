import fs from 'node:fs';
import path from 'node:path';
import type { SubgraphModule } from '@nef/kit';
import { cachePolicy } from './cache';
import { entities } from './entities';
import { PEER_MEMBERSHIPS_PATH, peerMembershipsRoute } from './http/peer-memberships';
import { migrations } from './migrations';
import { createLoaders, type Loaders } from './queries/loaders';
import { resolvers } from './resolvers';
import { seedDemo } from './seed/demo';
import { unionPrivacy } from './privacy/worker-privacy';
import { peer, phones } from './settings';

export const service: SubgraphModule<Loaders> = {
  name: 'union',
  // The kit adds the shared definitions (DateTime, PageInfo, AuditEntry, ...) when it builds the subgraph.
  typeDefs: fs.readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  seedDemo,
  cache: cachePolicy,
  privacy: unionPrivacy(phones),
  routes: (db) => ({ [PEER_MEMBERSHIPS_PATH]: peerMembershipsRoute(db, () => peer.keys) }),
};
