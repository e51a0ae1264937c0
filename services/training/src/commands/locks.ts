import { lockOne, notFound, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Course, CourseRequest, Enrollment, type CourseRequestRow, type CourseRow, type EnrollmentRow } from '../entities';

/**
 * Row locks that order the decisions of concurrent writes (the kit's `lockOne`: `SELECT ... FOR
 * UPDATE` on MySQL; SQLite transactions take turns, so there a plain read inside the
 * transaction is enough). Each locks a row that exists, never a range that may be empty.
 */
export type LockMode = Database['lockMode'];

/** Reads a course inside a transaction, locked: enrolments, drops and cancels of one course take turns. */
export async function lockCourse(em: EntityManager, lockMode: LockMode, courseId: string): Promise<CourseRow> {
  const course = await lockOne(em, { lockMode }, Course, { id: courseId });
  if (!course) throw notFound(`no course with id ${courseId}`);
  return course;
}

/** An enrolment read for a decision, locked, with its course. */
export async function lockEnrollment(em: EntityManager, lockMode: LockMode, enrollmentId: string): Promise<{ enrollment: EnrollmentRow; course: CourseRow }> {
  const enrollment = await lockOne(em, { lockMode }, Enrollment, { id: enrollmentId });
  if (!enrollment) throw notFound(`no enrolment with id ${enrollmentId}`);
  const course = (await em.findOne(Course, { where: { id: enrollment.courseId } }))!;
  return { enrollment, course };
}

/** A course request read for counting or fulfilling, locked; null when none matches. */
export function lockRequest(em: EntityManager, lockMode: LockMode, where: Partial<CourseRequestRow>): Promise<CourseRequestRow | null> {
  return lockOne(em, { lockMode }, CourseRequest, where);
}
