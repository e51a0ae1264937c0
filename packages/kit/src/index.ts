/** The service kit: the one deliberate public surface that every subgraph and the gateway build on. */
export { Env, acceptedInternalSecrets, internalSecret, DEV_INTERNAL_SECRET } from './config';
export { AuditEntity, AuditTrail, readAuditLog, type AuditRecord, type AuditRow } from './audit';
export { Database, isUniqueViolation, type Engine } from './db/database';
export { resolveDatabaseTarget, type DatabaseTarget } from './db/url';
export { Mutex } from './db/mutex';
export { bulkInsert, bulkInsertValues, dateOf, sqlTime } from './db/bulk';
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
export { rowLoader, groupLoader, valueLoader, perArgs, firstPerKeyLoader, type FirstPerKeyOptions } from './loaders';
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
export {
  BEIJING_OFFSET_MS,
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  addDays,
  beijingClock,
  beijingDay,
  beijingDayStart,
  beijingMonth,
  beijingTimeOn,
  beijingYear,
  beijingYearStart,
  manualClock,
  startOfBeijingDay,
  startOfBeijingMonth,
  systemClock,
  weekdayOf,
  type Clock,
  type IsoWeekday,
  type ManualClock,
} from './time';
export {
  DISTRICT_CODE_PATTERN,
  isDistrictCode,
  optionalText,
  requireDistrictCode,
  requireIntInRange,
  requireNumberInRange,
  requireOneOf,
  requireText,
  textLength,
  type TextRule,
} from './checks';
export { metricsPeriod, periodKey, type MetricsPeriod } from './period';
export { SHARED_SCHEMA_FILE, readSubgraphTypeDefs, sharedTypeDefs, subgraphTypeDefs } from './schema';
