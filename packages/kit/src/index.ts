/**
 * The service kit: the one deliberate public surface that every subgraph and the gateway build
 * on. What does no I/O (errors, checks, time, period, geo, ids, authorization predicates) is
 * `./rules`, re-exported here whole; the rest is listed below.
 */
export * from './rules';
export { createErrorFormatter, isExpectedCode, unavailableMessage, GENERIC_MESSAGE } from './errors';
export { ACQUIRE_TIMEOUT_CODE, isRetryableLockError, isUnavailableError } from './db/failures';
export { FiniteFloatRule, INPUT_RULES, SupportedOperationsRule, DirectiveFloodRule, directiveFloodPlugin, withoutSuggestions } from './validation';
export { RETRY_AFTER_SECONDS, graphQLStatus, refusalStatus } from './http-status';
export { manualClock, systemClock, type ManualClock } from './time';
export { Env } from './config';
export { httpBaseUrl, publicBaseUrl } from './public-url';
export { AuditEntity, AuditTrail, readAuditLog, type AuditRecord, type AuditRow } from './audit';
export { MAX_ACCESS_LOG_ENTRIES, PRIVACY_PATHS, accessLogOf, mayActForWorker, privacyRoutes, type AccessLogEntry, type PrivacyAction, type WorkerPrivacy } from './privacy';
export { Database, isUniqueViolation, type Engine } from './db/database';
export { lockOne } from './db/locks';
export { resolveDatabaseTarget, resolveReadDatabaseTarget, type DatabaseTarget } from './db/url';
export { Mutex } from './db/mutex';
export { bulkInsert, bulkInsertValues, dateOf, sqlTime } from './db/bulk';
export { rowLoader, groupLoader, valueLoader, perArgs, firstPerKeyLoader, type FirstPerKeyOptions } from './loaders';
export { createLogger, type Logger } from './logger';
export { Metrics } from './metrics';
export { MAX_PAGE_SIZE, pageSize, encodeCursor, decodeCursor, toConnection, type Connection } from './pagination';
export {
  ANONYMOUS,
  DOMAINS,
  PRINCIPAL_CLOCK_SKEW_SECONDS,
  PRINCIPAL_HEADER,
  PRINCIPAL_TTL_SECONDS,
  ROLES,
  bodyHash,
  signPrincipal,
  verifyPrincipal,
  type PrincipalBinding,
  type PrincipalSigner,
  type TrustedKeys,
} from './principal';
export {
  DEV_PRINCIPAL_KEYS,
  DEV_PRINCIPAL_KEY_ID,
  DEV_PRINCIPAL_SEED,
  generatePrincipalKeyPair,
  jwksOf,
  keyPairFromSeed,
  parseJwks,
  principalSigner,
  publicJwk,
  refuseInternalSecret,
  trustedPrincipalKeys,
  type PrincipalKeyPair,
} from './principal-keys';
export { DateTimeScalar, parseDateTime } from './scalars';
export { injectTraceContext, startTracing, stopTracing, tracingEnabled } from './tracing';
export { createHttpHandler, headerValue, jsonDepthExceeds, listenHttp, requestIdOf, sendJson, DEFAULT_DRAIN_TIMEOUT_MS, GRAPHQL_PATH, MAX_JSON_DEPTH, REQUEST_ID, type GraphQLParams, type Listening, type Readiness, type Route } from './http';
export { guardMetrics, metricsAccess, metricsVerdict, type MetricsAccess } from './metrics-access';
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
export { KitDataVersions1700000000001, VersionBook, bumpDataVersions, bumpDataVersionsIn, formatVersions, parseVersions, type Versions } from './cache/versions';
export { SHARED_SCHEMA_FILE, readSubgraphTypeDefs, sharedTypeDefs, subgraphTypeDefs } from './schema';
export {
  PEER_MAX_BODY_BYTES,
  PEER_TIMEOUT_MS,
  peerCaller,
  peerKeysFromEnv,
  peerRead,
  peerRoute,
  peerSignerFromEnv,
  peerTargetsFromEnv,
  peerUrlFromEnv,
  type PeerReadOptions,
  type PeerRouteOptions,
  type PeerTarget,
} from './peer';
export {
  MAX_PEER_STATIONS,
  MAX_PEER_STATION_ID,
  PEER_STATIONS_PATH,
  requireKnownStation,
  stationsLookup,
  type PeerStation,
  type PeerStationStatus,
  type StationLookup,
} from './peer-stations';
export {
  REGION_BOX_MARGIN_DEGREES,
  REGION_CATALOGUE_SOURCE,
  REGION_LEVELS,
  allRegions,
  findRegion,
  isInRegionBox,
  isWithin,
  normalizeRegionCode,
  regionBox,
  regionChildren,
  regionPath,
  requireLocationInRegion,
  requireRegionCode,
  type Region,
  type RegionLevel,
} from './regions';
export {
  NATION,
  NATION_CODE,
  NATION_NAME,
  canReadRegionMetrics,
  findScopeRegion,
  keyCovers,
  regionCondition,
  regionCovers,
  regionHolds,
  regionPrefix,
  requireRegionMetrics,
  requireScopeRegion,
  scopeCondition,
  type ScopeLevel,
  type ScopeRegion,
} from './region-scope';
export { PROVINCE_BOXES, type LatLngBox } from './regions-boxes';
