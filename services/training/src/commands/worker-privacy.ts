import { bumpDataVersions, conflict, type Database, type WorkerPrivacy } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { cachePolicy } from '../cache';
import { CourseRequest, CourseRequestVote, Enrollment, SubsidyAccount, SubsidyMovement, type CourseRow, type EnrollmentRow } from '../entities';
import { courseStatusAt } from '../queries/course-status';
import { workerExport } from '../queries/worker-export';
import { erasedWorkerId } from '../rules/erasure';
import { settings } from '../settings';
import { dropHeld } from './drop-enrollment';
import { lockCourse, lockRequest, type LockMode } from './locks';

/** What closing a worker's account did here, per kind. */
export interface TrainingClosed {
  [kind: string]: number;
  /** Seats and waitlist places in courses not yet ended, dropped as the worker's own drop would. */
  enrollmentsDropped: number;
  /** Enrolments kept for the figures, no longer naming the worker. */
  enrollmentsAnonymised: number;
  /** Of those, certificates: the public check now says they are no longer available. */
  certificatesWithdrawn: number;
  /** Requests for a class taken back, each request's count one less. */
  courseRequestsWithdrawn: number;
  subsidyAccountsDeleted: number;
  subsidyMovementsAnonymised: number;
}

const HELD = ['ENROLLED', 'WAITLISTED'] as const;
/** Closing starts again (up to this many times) when the worker enrolled in another course meanwhile. */
const MAX_ATTEMPTS = 3;

/** Thrown inside the transaction to roll it back and start again with the courses read anew. */
class StartAgain extends Error {}

/**
 * Closes a worker's account here, in one transaction, keeping only what figures add up from:
 *
 * - enrollments: a seat or waitlist place in a course not yet ended is dropped as the worker's
 *   own drop would (`dropHeld`: the subsidy goes back, the seat to the first waitlisted). Then
 *   every enrolment of the worker stays as a row (course figures count seats and completions
 *   from these rows, attendance sheets and the subsidy ledger point at them, and enrolments are
 *   never deleted) but names an erased learner instead (`erasedWorkerId`, a new one per row):
 *   the masked holder name and the organisers' free-text revocation reason go. The certificate
 *   number stays (the certificate count), and the public check then says the certificate is no
 *   longer available (`queries/certificate.ts`).
 * - attendances: kept; they name an enrolment, not a worker.
 * - course_request_votes: deleted, and each request's count one less under its lock, as the
 *   count is kept when asking (`requestCourse`), so a request's count stays its number of votes
 *   (a cancelled course reopens its requests with that count, and opening a course from a
 *   request enrols its voters). A request left with no vote and no course answering it is
 *   deleted: it is no demand (lists skip it) and its topic is what that worker wrote.
 * - subsidy_accounts: deleted. An account is the worker's running total for capping their own
 *   grants; the ledger (subsidy_movements) keeps every amount.
 * - subsidy_movements: kept with every amount, branch and month (the reconciliation per branch
 *   and month adds up from them), naming the enrolment's erased learner.
 * - courses, sessions: not about any worker. audit_log: kept, append-only.
 *
 * Locks as the drop does, courses first (in id order), then requests, then subsidy accounts.
 * Every course with an enrolment of the worker is locked before anything else is read: the
 * enrolment commands of a course take turns on its lock (and decide from what they read after
 * it), so none of them acts on what the close changes from a reading made before it, and on
 * MySQL what the close reads of those courses is what their locks hold. If the worker enrolled
 * in another course meanwhile, the transaction starts again with that course too.
 */
export async function closeWorker(db: Database, workerId: string, now: Date, capCents: number): Promise<TrainingClosed> {
  for (let attempt = 1; ; attempt++) {
    const courseIds = [...new Set((await db.manager.find(Enrollment, { where: { workerId }, select: { courseId: true } })).map((e) => e.courseId))].sort();
    const closed = await db.transaction(async (em) => {
      const courses: CourseRow[] = [];
      for (const id of courseIds) courses.push(await lockCourse(em, db.lockMode, id));
      const enrolments = await em.find(Enrollment, { where: { workerId } });
      if (enrolments.some((e) => !courseIds.includes(e.courseId))) throw new StartAgain();
      const held = enrolments.filter((e) => (HELD as readonly string[]).includes(e.status));
      const courseRequestsWithdrawn = await withdrawRequests(em, db.lockMode, workerId, now);
      let enrollmentsDropped = 0;
      for (const course of courses) {
        const e = held.find((h) => h.courseId === course.id);
        // A course that has ended keeps its enrolments as they are: they are final, and counted.
        if (!e || (await courseStatusAt(em, course, now)) === 'COMPLETED') continue;
        await dropHeld(em, db.lockMode, course, e, capCents, now);
        enrollmentsDropped += 1;
      }
      const anonymised = await anonymiseEnrollments(em, db.lockMode, workerId, courseIds, now);
      const accounts = await em.delete(SubsidyAccount, { workerId });
      return { enrollmentsDropped, ...anonymised, courseRequestsWithdrawn, subsidyAccountsDeleted: accounts.affected ?? 0 };
    }).catch((err: unknown) => {
      if (err instanceof StartAgain && attempt < MAX_ATTEMPTS) return null;
      if (err instanceof StartAgain) throw conflict('the worker kept enrolling in courses while the account closed; try again');
      throw err;
    });
    if (!closed) continue;
    // Seat counts of the catalogue may have changed: the gateway's kept answers go.
    if (Object.values(closed).some((n) => n > 0)) await bumpDataVersions(db, cachePolicy.namespaces);
    return closed;
  }
}

/** Takes back the worker's requests for classes, each request locked while its count goes down. */
async function withdrawRequests(em: EntityManager, lockMode: LockMode, workerId: string, now: Date): Promise<number> {
  const votes = await em.find(CourseRequestVote, { where: { workerId }, order: { requestId: 'ASC' } });
  let withdrawn = 0;
  for (const vote of votes) {
    const request = await lockRequest(em, lockMode, { id: vote.requestId });
    const gone = await em.delete(CourseRequestVote, { id: vote.id });
    if (!gone.affected) continue;
    withdrawn += 1;
    if (!request) continue;
    const requests = Math.max(0, request.requests - 1);
    if (requests === 0 && !request.fulfilledByCourseId) await em.delete(CourseRequest, { id: request.id });
    else await em.update(CourseRequest, { id: request.id }, { requests, updatedAt: now });
  }
  return withdrawn;
}

/**
 * Makes every enrolment of the worker, and its subsidy movements, name an erased learner. The
 * enrolments are read locked; one in a course this close did not lock (the worker enrolled there
 * meanwhile) starts the close again.
 */
async function anonymiseEnrollments(
  em: EntityManager,
  lockMode: LockMode,
  workerId: string,
  lockedCourses: readonly string[],
  now: Date,
): Promise<Pick<TrainingClosed, 'enrollmentsAnonymised' | 'certificatesWithdrawn' | 'subsidyMovementsAnonymised'>> {
  const qb = em.createQueryBuilder(Enrollment, 'e').where('e.workerId = :workerId', { workerId });
  if (lockMode) qb.setLock(lockMode);
  const rows: EnrollmentRow[] = await qb.getMany();
  if (rows.some((e) => !lockedCourses.includes(e.courseId))) throw new StartAgain();
  let movements = 0;
  for (const e of rows) {
    const erased = erasedWorkerId();
    await em.update(Enrollment, { id: e.id }, { workerId: erased, holderNameMasked: null, certificateRevokedReason: null, updatedAt: now });
    movements += (await em.update(SubsidyMovement, { enrollmentId: e.id }, { workerId: erased })).affected ?? 0;
  }
  return {
    enrollmentsAnonymised: rows.length,
    certificatesWithdrawn: rows.filter((e) => e.certificateNo != null).length,
    subsidyMovementsAnonymised: movements,
  };
}

/** The worker's rights over what this service holds (the kit's `/privacy/*` routes). */
export const workerPrivacy: WorkerPrivacy = {
  export: (db, workerId) => workerExport(db, workerId),
  close: (db, workerId, now) => closeWorker(db, workerId, now, settings.subsidyCapCents),
};
