/**
 * `@nef/kit/rules`: the part of the kit that does no I/O, for the services' `rules/` folders
 * (pure functions a test calls directly): errors, input checks, Beijing time, the metrics
 * period, map datums and ids. Everything here is also exported from `@nef/kit`.
 */
export { AppError, ErrorCode, badUserInput, conflict, forbidden, notFound, serviceUnavailable, unauthenticated } from './errors';
export { maskName } from './mask';
export {
  DEFAULT_LANGUAGE,
  DETAIL_EXTENSION,
  LANGUAGE_HEADER,
  LOCALIZED_EXTENSION,
  catalogChinese,
  chineseForCode,
  domainInChinese,
  localizeError,
  localizeResponseText,
  preferredLanguage,
  quoteField,
  unavailableMessageZh,
  withChinese,
  type Language,
  type LocalizableError,
} from './i18n';
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
  startOfBeijingDay,
  startOfBeijingMonth,
  weekdayOf,
  type Clock,
  type IsoWeekday,
} from './time';
export { metricsPeriod, periodKey, type MetricsPeriod } from './period';
export { EARTH_RADIUS_M, boundingBox, convert, distanceMeters, isShiftedRegion, toWgs84, validatePoint, type Crs, type LatLng } from './geo';
export { newId, nameId, isId, randomCode } from './ids';
export { canManage, canReadDistrictMetrics, canReadWorker, isAdmin, isOperatorOf, requireDistrictMetrics, requireManager, requireWorkerReadable, targetWorker } from './authz';
export type { Domain, Principal, Role } from './principal';
// The national catalogue is reference data read once from the installed package (no I/O a rule can observe).
export {
  REGION_LEVELS,
  findRegion,
  isInRegionBox,
  isWithin,
  normalizeRegionCode,
  regionChildren,
  regionPath,
  requireCounty,
  requireLocationInRegion,
  requireRegionCode,
  requireStreetIn,
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
