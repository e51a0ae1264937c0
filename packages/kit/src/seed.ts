/**
 * `@nef/kit/seed`: what the services' demo data and generated data sets share (worker and
 * station ids, worker profiles, a seeded PRNG, progress lines). Not part of the runtime surface.
 */
export {
  CITY,
  GENERATED_OCCUPATIONS,
  GENERATED_PLATFORMS,
  NATIONAL,
  generatedExternalId,
  generatedIndexesByArea,
  generatedStationArea,
  generatedStationId,
  generatedWorker,
  generatedWorkerArea,
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
export {
  CHAOYANG_AREA,
  NATIONAL_AREAS,
  NATIONAL_AREA_WEIGHT_SUM,
  areaStreetCodes,
  drawPointInArea,
  nationalArea,
  pickArea,
  shareByArea,
  type Area,
} from './national-areas';
