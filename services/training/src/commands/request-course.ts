import { conflict, isUniqueViolation, newId, type Database } from '@nef/kit';
import { CourseRequest, CourseRequestVote, type CourseRequestRow } from '../entities';
import { checkCourseRequest, type CourseRequestDraft, type CourseRequestInput } from '../rules/course-request';
import { lockRequest } from './locks';

/** Makes sure an open request exists for the key, in a transaction of its own (concurrent creators meet at the unique key). */
async function ensureOpenRequest(db: Database, draft: CourseRequestDraft, now: Date): Promise<void> {
  if (await db.manager.findOne(CourseRequest, { where: { openKey: draft.openKey }, select: { id: true } })) return;
  const row: CourseRequestRow = {
    id: newId(),
    topic: draft.topic,
    category: draft.category,
    districtCode: draft.districtCode,
    openKey: draft.openKey,
    requests: 0,
    openedAt: null,
    fulfilledByCourseId: null,
    fulfilledAt: null,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await db.transaction((em) => em.insert(CourseRequest, row));
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
}

/**
 * Adds a worker's request for a class. Requests with the same district, category and
 * normalised topic accumulate on one open request, one per worker (asking again changes
 * nothing). The request row is locked while counting, so the count is exact under concurrent
 * calls and `openedAt` is set by exactly the request that reaches the threshold.
 */
export async function requestCourse(
  db: Database,
  input: CourseRequestInput,
  workerId: string,
  threshold: number,
  now: Date,
): Promise<CourseRequestRow> {
  const draft = checkCourseRequest(input);
  // A request can be fulfilled between finding it open and locking it; the next round starts a new one.
  for (let round = 1; ; round++) {
    await ensureOpenRequest(db, draft, now);
    const result = await db.transaction(async (em) => {
      const request = await lockRequest(em, db.lockMode, { openKey: draft.openKey });
      if (!request) return null;
      const already = await em.findOne(CourseRequestVote, { where: { requestId: request.id, workerId }, select: { id: true } });
      if (already) return request;
      await em.insert(CourseRequestVote, { id: newId(), requestId: request.id, workerId, createdAt: now });
      const requests = request.requests + 1;
      const openedAt = request.openedAt ?? (requests >= threshold ? now : null);
      await em.update(CourseRequest, { id: request.id }, { requests, openedAt, updatedAt: now });
      return { ...request, requests, openedAt, updatedAt: now };
    });
    if (result) return result;
    if (round >= 3) throw conflict('the course request changed while asking; try again');
  }
}
