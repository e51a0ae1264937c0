/**
 * `@nef/kit/seed`: what the services' demo data and generated data sets share (worker and
 * station ids, worker profiles, a seeded PRNG, progress lines). Not part of the runtime surface.
 */
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
