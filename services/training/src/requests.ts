import { badUserInput, conflict, isUniqueViolation, newId, notFound, pageSize, type Database, type Principal } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { requireCourseManager } from './authz';
import { DISTRICT_CODE } from './domain/course-input';
import { MAX_TOPIC, demandKey, normaliseTopic } from './domain/course-request';
import type { CourseCategory } from './domain/types';
import { CourseRequest, CourseRequestVote, type CourseRequestRow } from './entities';
import type { LockMode } from './enroll';

export interface RequestCourseInput {
  topic: string;
  category: CourseCategory;
  districtCode: string;
}

function checkRequest(input: RequestCourseInput) {
  const { display, key } = normaliseTopic(input.topic);
  const length = [...display].length;
  if (length < 1 || length > MAX_TOPIC) {
    throw badUserInput(`topic must be 1 to ${MAX_TOPIC} characters, got ${length}`, { field: 'topic' });
  }
  const districtCode = input.districtCode.trim();
  if (!DISTRICT_CODE.test(districtCode)) {
    throw badUserInput(`districtCode must be a 6-digit GB/T 2260 code such as 110105, got "${input.districtCode}"`, {
      field: 'districtCode',
    });
  }
  return { topic: display, districtCode, openKey: demandKey(districtCode, input.category, key) };
}

async function lockRequest(em: EntityManager, lockMode: LockMode, where: string, params: Record<string, unknown>) {
  const query = em.createQueryBuilder(CourseRequest, 'r').where(where, params);
  if (lockMode) query.setLock(lockMode);
  return query.getOne();
}

/** Makes sure an open request exists for the key, in a transaction of its own (concurrent creators meet at the unique key). */
async function ensureOpenRequest(db: Database, draft: ReturnType<typeof checkRequest>, category: CourseCategory): Promise<void> {
  if (await db.manager.findOne(CourseRequest, { where: { openKey: draft.openKey }, select: { id: true } })) return;
  const now = new Date();
  const row: CourseRequestRow = {
    id: newId(),
    topic: draft.topic,
    category,
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
  input: RequestCourseInput,
  workerId: string,
  threshold: number,
): Promise<CourseRequestRow> {
  const draft = checkRequest(input);
  // A request can be fulfilled between finding it open and locking it; the next round starts a new one.
  for (let round = 1; ; round++) {
    await ensureOpenRequest(db, draft, input.category);
    const result = await db.transaction(async (em) => {
      const request = await lockRequest(em, db.lockMode, 'r.openKey = :key', { key: draft.openKey });
      if (!request) return null;
      const already = await em.findOne(CourseRequestVote, { where: { requestId: request.id, workerId }, select: { id: true } });
      if (already) return request;
      const now = new Date();
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

/**
 * Marks a request fulfilled by a new course, inside the course's creating transaction. The
 * organiser must be allowed in the request's district, and the course must be held there (or
 * city-wide).
 */
export async function fulfilRequest(
  em: EntityManager,
  lockMode: LockMode,
  p: Principal,
  requestId: string,
  course: { id: string; districtCode: string | null },
  now: Date,
): Promise<void> {
  const request = await lockRequest(em, lockMode, 'r.id = :id', { id: requestId });
  if (!request) throw notFound(`no course request with id ${requestId}`);
  requireCourseManager(p, request.districtCode);
  if (request.fulfilledByCourseId) {
    throw conflict(`course request ${requestId} is already fulfilled by course ${request.fulfilledByCourseId}`);
  }
  if (course.districtCode !== null && course.districtCode !== request.districtCode) {
    throw badUserInput(
      `the request is for district ${request.districtCode}; a course fulfilling it is held there or city-wide ` +
        `(no districtCode), not in ${course.districtCode}`,
      { field: 'input.districtCode' },
    );
  }
  await em.update(
    CourseRequest,
    { id: requestId },
    { fulfilledByCourseId: course.id, fulfilledAt: now, openKey: null, updatedAt: now },
  );
}

/**
 * Requests, most asked first. `open`: true lists open demand (threshold reached, not
 * fulfilled), false everything else, null both. Counts only: who asked is never listed.
 */
export async function listRequests(
  db: Database,
  args: { district?: string | null; open?: boolean | null; first?: number | null },
  threshold: number,
): Promise<CourseRequestRow[]> {
  const first = pageSize(args.first);
  // A request row is created just before its first vote; one left at 0 by a failed vote is not demand.
  const qb = db.manager.createQueryBuilder(CourseRequest, 'r').where('r.requests > 0');
  if (args.district != null) {
    if (!DISTRICT_CODE.test(args.district)) {
      throw badUserInput(`district must be a 6-digit GB/T 2260 code such as 110105, got "${args.district}"`, { field: 'district' });
    }
    qb.andWhere('r.districtCode = :district', { district: args.district });
  }
  if (args.open === true) qb.andWhere('r.fulfilledByCourseId IS NULL AND r.requests >= :threshold', { threshold });
  if (args.open === false) qb.andWhere('(r.fulfilledByCourseId IS NOT NULL OR r.requests < :threshold)', { threshold });
  return qb.orderBy('r.requests', 'DESC').addOrderBy('r.id', 'ASC').limit(first).getMany();
}
