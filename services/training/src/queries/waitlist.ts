import { dateOf } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { WAITLIST_ORDER_SQL, type Waiting } from '../rules/waitlist';

/** The first `limit` waitlisted enrolments of a course, in waitlist order (read in the caller's transaction). */
export async function waitlistHead(em: EntityManager, courseId: string, limit: number): Promise<Waiting[]> {
  if (limit <= 0) return [];
  const rows: { id: string; enrolled_at: unknown }[] = await em.query(
    `SELECT id, enrolled_at FROM enrollments WHERE course_id = ? AND status = 'WAITLISTED' ORDER BY ${WAITLIST_ORDER_SQL} LIMIT ${Math.floor(limit)}`,
    [courseId],
  );
  return rows.map((r) => ({ id: r.id, enrolledAt: dateOf(r.enrolled_at) }));
}
