/** The service kit: the one deliberate public surface that every subgraph and the gateway build on. */
export { Env, acceptedInternalSecrets, internalSecret, requireIntInRange, DEV_INTERNAL_SECRET } from './config';
export { AuditEntity, AuditTrail, readAuditLog, type AuditRecord, type AuditRow } from './audit';
export { Database, isUniqueViolation, type Engine } from './db/database';
export { resolveDatabaseTarget, type DatabaseTarget } from './db/url';
export { Mutex } from './db/mutex';
export {
  AppError,
  ErrorCode,
  badUserInput,
  conflict,
  createErrorFormatter,
  forbidden,
  isExpectedCode,
  notFound,
  unauthenticated,
  GENERIC_MESSAGE,
} from './errors';
export { newId, nameId, isId, randomCode } from './ids';
export { rowLoader, groupLoader, valueLoader } from './loaders';
export { createLogger, type Logger } from './logger';
export { Metrics } from './metrics';
export { MAX_PAGE_SIZE, pageSize, encodeCursor, decodeCursor, toConnection, type Connection } from './pagination';
export {
  ANONYMOUS,
  DOMAINS,
  PRINCIPAL_HEADER,
  ROLES,
  signPrincipal,
  verifyPrincipal,
  type Domain,
  type Principal,
  type Role,
} from './principal';
export {
  canManage,
  canReadDistrictMetrics,
  canReadWorker,
  isAdmin,
  isOperatorOf,
  requireDistrictMetrics,
  requireManager,
  requireWorkerReadable,
  targetWorker,
} from './authz';
export { DateTimeScalar, parseDateTime } from './scalars';
export { boundingBox, convert, distanceMeters, isShiftedRegion, toWgs84, validatePoint, type Crs, type LatLng } from './geo';
export { createHttpHandler, headerValue, listenHttp, sendJson, GRAPHQL_PATH, type Listening, type Route } from './http';
export {
  DEFAULT_PORTS,
  buildSubgraph,
  openServiceDatabase,
  runSubgraph,
  type Subgraph,
  type SubgraphContext,
  type SubgraphModule,
} from './subgraph';
export {
  CITY,
  GENERATED_OCCUPATIONS,
  GENERATED_PLATFORMS,
  generatedExternalId,
  generatedStationId,
  generatedWorker,
  generatedWorkerId,
  itemRandom,
  progressReporter,
  seededRandom,
  weightedPick,
  type DatasetScale,
  type GeneratedAccount,
  type GeneratedOccupation,
  type GeneratedPlatform,
  type GeneratedWorker,
} from './dataset';
export { intFlag, openCommandDatabase, parseArgs, runCli, userDir, userPath } from './cli';
export {
  CacheHints,
  CACHE_HEADER,
  VERSIONS_HEADER,
  analyzeForCache,
  endOfMinute,
  formatCacheHint,
  parseCacheHint,
  type CacheHint,
  type CachePolicy,
} from './cache/policy';
export { KitDataVersions1700000000001, VersionBook, bumpDataVersions, formatVersions, parseVersions, type Versions } from './cache/versions';
