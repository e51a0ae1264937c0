import { bulkInsert, bumpDataVersions, type Database } from '@nef/kit';
import {
  generatedIndexesByArea,
  generatedStationArea,
  generatedWorker,
  generatedWorkerArea,
  NATIONAL,
  NATIONAL_AREAS,
  shareByArea,
  type Area,
  type DatasetScale,
} from '@nef/kit/seed';
import type { EntityManager } from 'typeorm';
import { cachePolicy } from '../cache';
import { Attendance, Course, CourseRequest, CourseRequestVote, CourseSession, Enrollment } from '../entities';
import { CITY_TRAINING, planArea, planCity, scaled, type Plan, type PlanOptions, type PlannedCourse, type PlannedRequest } from './city-plan';

export interface GenerateResult {
  courses: number;
  sessions: number;
  enrollments: number;
  attendances: number;
  requests: number;
  votes: number;
}

export interface GenerateOptions extends Omit<PlanOptions, 'now'> {
  /**
   * Which data set (default city). At national scale `workers` defaults to NATIONAL.workers and
   * `stations` to NATIONAL.stations, and `courses`, `cityWideCourses` and `requestVotes`, when
   * given, are national totals shared among the areas in proportion to their workers.
   */
  scale?: DatasetScale;
  /** The end of the generated year (default: the current time). */
  now?: Date;
  /** Courses per transaction (default 20 in the city, 50 nationally). */
  batchSize?: number;
  /**
   * Called once the data set is planned, with its size; nationally once per area planned, with
   * the area (an area an earlier run wrote whole is skipped unplanned, its progress marked so).
   */
  planned?: (size: GenerateResult & { area?: Area }) => void;
  /**
   * Called after each batch: how far the run is, whether the batch was already there, and the
   * rows written so far. Nationally, courses count over the whole nation and requests over the
   * area named (its requests are only known once it is planned).
   */
  progress?: (step: { what: 'courses' | 'requests'; done: number; total: number; skipped: boolean; written: GenerateResult; area?: Area }) => void;
}

export const SCALES: readonly DatasetScale[] = ['city', 'national'];

async function writeCourses(em: EntityManager, batch: PlannedCourse[]): Promise<void> {
  await bulkInsert(em, Course, batch.map((p) => p.course));
  await bulkInsert(em, CourseSession, batch.flatMap((p) => p.sessions));
  await bulkInsert(em, Enrollment, batch.flatMap((p) => p.enrollments));
  await bulkInsert(em, Attendance, batch.flatMap((p) => p.attendances));
}

async function writeRequests(em: EntityManager, batch: PlannedRequest[]): Promise<void> {
  await bulkInsert(em, CourseRequest, batch.map((p) => p.request));
  await bulkInsert(em, CourseRequestVote, batch.flatMap((p) => p.votes));
}

async function exists(db: Database, table: string, id: string): Promise<boolean> {
  return (await db.manager.query(`SELECT 1 AS x FROM \`${table}\` WHERE id = ?`, [id])).length > 0;
}

/** Open keys of the batch that a request made elsewhere (not by this plan) already holds. */
async function openKeysTaken(db: Database, batch: PlannedRequest[]): Promise<string[]> {
  const keys = batch.map((p) => p.request.openKey).filter((k): k is string => k !== null);
  if (keys.length === 0) return [];
  const rows: { open_key: string }[] = await db.manager.query(
    `SELECT open_key FROM course_requests WHERE open_key IN (${keys.map(() => '?').join(', ')})`,
    keys,
  );
  return rows.map((r) => r.open_key);
}

const nothing = (): GenerateResult => ({ courses: 0, sessions: 0, enrollments: 0, attendances: 0, requests: 0, votes: 0 });

function sizeOf(plan: Plan): GenerateResult {
  return {
    courses: plan.courses.length,
    sessions: plan.courses.reduce((n, p) => n + p.sessions.length, 0),
    enrollments: plan.courses.reduce((n, p) => n + p.enrollments.length, 0),
    attendances: plan.courses.reduce((n, p) => n + p.attendances.length, 0),
    requests: plan.requests.length,
    votes: plan.requests.reduce((n, p) => n + p.votes.length, 0),
  };
}

/**
 * Writes a plan in batches, one transaction each, adding what it writes to `written`. A batch
 * whose last row is already there was written by an earlier run and is skipped. `step` reports
 * each batch: how many of the plan's courses or requests are done, and whether it was skipped.
 */
async function writePlan(
  db: Database,
  plan: Plan,
  batchSize: number,
  written: GenerateResult,
  step: (what: 'courses' | 'requests', done: number, skipped: boolean) => void,
): Promise<void> {
  for (let i = 0; i < plan.courses.length; i += batchSize) {
    const batch = plan.courses.slice(i, i + batchSize);
    const skipped = await exists(db, 'courses', batch[batch.length - 1]!.course.id);
    if (!skipped) {
      await db.transaction((em) => writeCourses(em, batch));
      written.courses += batch.length;
      for (const p of batch) {
        written.sessions += p.sessions.length;
        written.enrollments += p.enrollments.length;
        written.attendances += p.attendances.length;
      }
    }
    step('courses', i + batch.length, skipped);
  }

  const requestBatch = batchSize * 5;
  for (let i = 0; i < plan.requests.length; i += requestBatch) {
    const batch = plan.requests.slice(i, i + requestBatch);
    const skipped = await exists(db, 'course_requests', batch[batch.length - 1]!.request.id);
    if (!skipped) {
      const taken = await openKeysTaken(db, batch);
      if (taken.length) {
        throw new Error(
          `course requests for ${taken.map((k) => `"${k}"`).join(', ')} are already open in this database; ` +
            'the generator adds its own rounds and cannot merge them with requests made through the API',
        );
      }
      await db.transaction((em) => writeRequests(em, batch));
      written.requests += batch.length;
      written.votes += batch.reduce((s, p) => s + p.votes.length, 0);
    }
    step('requests', i + batch.length, skipped);
  }
}

/**
 * Plans the data set of `opts.scale` and writes it in batches, one transaction each: the city
 * (`planCity`) in one plan, the nation area by area (`planArea`), so that only one area's rows
 * are held at a time. A batch whose last row is already there was written by an earlier run and
 * is skipped, so an interrupted run can be started again and a second run adds nothing.
 * Returns the rows written by this run.
 */
export async function generate(db: Database, opts: GenerateOptions): Promise<GenerateResult> {
  const scale = opts.scale ?? 'city';
  if (!SCALES.includes(scale)) throw new Error(`scale must be ${SCALES.join(' or ')}, got "${String(scale)}"`);
  const written = scale === 'city' ? await generateCity(db, opts) : await generateNational(db, opts);
  // What the gateways kept of the catalogue and figures goes with the new rows.
  if (Object.values(written).some((n) => n > 0)) await bumpDataVersions(db, cachePolicy.namespaces);
  return written;
}

async function generateCity(db: Database, opts: GenerateOptions): Promise<GenerateResult> {
  const plan = planCity({ ...opts, now: opts.now ?? new Date() });
  const written = nothing();
  opts.planned?.(sizeOf(plan));
  const total = { courses: plan.courses.length, requests: plan.requests.length };
  await writePlan(db, plan, opts.batchSize ?? 20, written, (what, done, skipped) => opts.progress?.({ what, done, total: total[what], skipped, written }));
  return written;
}

/**
 * The national data set, area by area: each area's workers (`generatedWorkerArea`) take the
 * city's ratios per 100,000 workers (at least one district course where there are workers), or
 * their share of the totals given; its in-person sessions are held at the national stations
 * standing in it (`generatedStationArea`).
 */
async function generateNational(db: Database, opts: GenerateOptions): Promise<GenerateResult> {
  const now = opts.now ?? new Date();
  const workersByArea = generatedIndexesByArea(opts.seed, opts.workers ?? NATIONAL.workers, generatedWorkerArea);
  const stationsByArea = generatedIndexesByArea(opts.seed, opts.stations ?? NATIONAL.stations, generatedStationArea);
  // A total given is shared among the areas in proportion to their workers.
  const byWorkers = NATIONAL_AREAS.map((a) => ({ code: a.code, weight: workersByArea.get(a.code)!.length }));
  const given = (total: number | undefined) => (total === undefined ? null : shareByArea(total, byWorkers));
  const [courses, cityWide, votes] = [given(opts.courses), given(opts.cityWideCourses), given(opts.requestVotes)];
  const counts = new Map(
    NATIONAL_AREAS.map((a) => {
      const n = workersByArea.get(a.code)!.length;
      return [
        a.code,
        {
          courses: courses?.get(a.code) ?? (n > 0 ? scaled(CITY_TRAINING.courses, n, 1) : 0),
          cityWideCourses: cityWide?.get(a.code) ?? scaled(CITY_TRAINING.cityWideCourses, n, 0),
          requestVotes: votes?.get(a.code) ?? scaled(CITY_TRAINING.requestVotes, n, 0),
        },
      ];
    }),
  );
  const courseTotal = [...counts.values()].reduce((s, c) => s + c.courses + c.cityWideCourses, 0);
  const written = nothing();
  let coursesBefore = 0;
  for (const area of NATIONAL_AREAS) {
    const c = counts.get(area.code)!;
    if (c.courses + c.cityWideCourses === 0 && c.requestVotes === 0) continue;
    const staged = planArea({
      seed: opts.seed,
      area,
      workers: workersByArea.get(area.code)!.map((i) => generatedWorker(opts.seed, i, 'national')),
      stations: stationsByArea.get(area.code)!,
      ...c,
      now,
      subsidyCapCents: opts.subsidyCapCents,
      requestThreshold: opts.requestThreshold,
    });
    // Written in order, so an area whose last course and last request are there was written whole by an earlier run.
    const lastRequest = staged.requests[staged.requests.length - 1];
    const lastCourse = staged.courseIds[staged.courseIds.length - 1];
    if ((!lastCourse || (await exists(db, 'courses', lastCourse))) && (!lastRequest || (await exists(db, 'course_requests', lastRequest.request.id)))) {
      coursesBefore += staged.courseIds.length;
      if (lastCourse) opts.progress?.({ what: 'courses', done: coursesBefore, total: courseTotal, skipped: true, written, area });
      if (lastRequest) opts.progress?.({ what: 'requests', done: staged.requests.length, total: staged.requests.length, skipped: true, written, area });
      continue;
    }
    const plan: Plan = { courses: staged.courses(), requests: staged.requests };
    opts.planned?.({ ...sizeOf(plan), area });
    const requestTotal = plan.requests.length;
    await writePlan(db, plan, opts.batchSize ?? 50, written, (what, done, skipped) =>
      opts.progress?.(
        what === 'courses'
          ? { what, done: coursesBefore + done, total: courseTotal, skipped, written, area }
          : { what, done, total: requestTotal, skipped, written, area },
      ),
    );
    coursesBefore += plan.courses.length;
  }
  return written;
}
