import { bulkInsert, bumpDataVersions, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { cachePolicy } from '../cache';
import { Attendance, Course, CourseRequest, CourseRequestVote, CourseSession, Enrollment } from '../entities';
import { planCity, type PlanOptions, type PlannedCourse, type PlannedRequest } from './city-plan';

export interface GenerateResult {
  courses: number;
  sessions: number;
  enrollments: number;
  attendances: number;
  requests: number;
  votes: number;
}

export interface GenerateOptions extends Omit<PlanOptions, 'now'> {
  /** The end of the generated year (default: the current time). */
  now?: Date;
  /** Courses per transaction (default 20). */
  batchSize?: number;
  /** Called once the data set is planned, with its size. */
  planned?: (size: GenerateResult) => void;
  /** Called after each batch: how far the run is, whether the batch was already there, and the rows written so far. */
  progress?: (step: { what: 'courses' | 'requests'; done: number; total: number; skipped: boolean; written: GenerateResult }) => void;
}

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

/**
 * Plans the city data set (`planCity`) and writes it in batches, one transaction each. A batch
 * whose last row is already there was written by an earlier run and is skipped, so an
 * interrupted run can be started again and a second run adds nothing. Returns the rows written
 * by this run.
 */
export async function generate(db: Database, opts: GenerateOptions): Promise<GenerateResult> {
  const plan = planCity({ ...opts, now: opts.now ?? new Date() });
  const batchSize = opts.batchSize ?? 20;
  const written: GenerateResult = { courses: 0, sessions: 0, enrollments: 0, attendances: 0, requests: 0, votes: 0 };
  opts.planned?.({
    courses: plan.courses.length,
    sessions: plan.courses.reduce((n, p) => n + p.sessions.length, 0),
    enrollments: plan.courses.reduce((n, p) => n + p.enrollments.length, 0),
    attendances: plan.courses.reduce((n, p) => n + p.attendances.length, 0),
    requests: plan.requests.length,
    votes: plan.requests.reduce((n, p) => n + p.votes.length, 0),
  });

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
    opts.progress?.({ what: 'courses', done: i + batch.length, total: plan.courses.length, skipped, written });
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
    opts.progress?.({ what: 'requests', done: i + batch.length, total: plan.requests.length, skipped, written });
  }
  // What the gateways kept of the catalogue and figures goes with the new rows.
  if (Object.values(written).some((n) => n > 0)) await bumpDataVersions(db, cachePolicy.namespaces);
  return written;
}
