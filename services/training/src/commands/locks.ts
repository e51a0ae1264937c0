import { notFound, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Course, CourseRequest, Enrollment, type CourseRequestRow, type CourseRow, type EnrollmentRow } from '../entities';

/**
 * Row locks that order the decisions of concurrent writes: `SELECT ... FOR UPDATE` on MySQL;
 * SQLite transactions take turns, so there a plain read inside the transaction is enough.
 */
export type LockMode = Database['lockMode'];

/** Reads a course inside a transaction, locked: enrolments, drops and cancels of one course take turns. */
export async function lockCourse(em: EntityManager, lockMode: LockMode, courseId: string): Promise<CourseRow> {
  const query = em.createQueryBuilder(Course, 'c').where('c.id = :courseId', { courseId });
  if (lockMode) query.setLock(lockMode);
  const course = await query.getOne();
  if (!course) throw notFound(`no course with id ${courseId}`);
  return course;
}

/** An enrolment read for a decision, locked, with its course. */
export async function lockEnrollment(em: EntityManager, lockMode: LockMode, enrollmentId: string): Promise<{ enrollment: EnrollmentRow; course: CourseRow }> {
  const query = em.createQueryBuilder(Enrollment, 'e').where('e.id = :id', { id: enrollmentId });
  if (lockMode) query.setLock(lockMode);
  const enrollment = await query.getOne();
  if (!enrollment) throw notFound(`no enrolment with id ${enrollmentId}`);
  const course = (await em.findOne(Course, { where: { id: enrollment.courseId } }))!;
  return { enrollment, course };
}

/** A course request read for counting or fulfilling, locked; null when none matches. */
export async function lockRequest(em: EntityManager, lockMode: LockMode, where: string, params: Record<string, unknown>): Promise<CourseRequestRow | null> {
  const query = em.createQueryBuilder(CourseRequest, 'r').where(where, params);
  if (lockMode) query.setLock(lockMode);
  return query.getOne();
}
