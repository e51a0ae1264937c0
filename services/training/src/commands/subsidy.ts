import { beijingMonth, beijingYear, beijingYearStart, lockOne, newId, sqlTime } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Enrollment, SubsidyAccount, SubsidyMovement, type CourseRow, type EnrollmentRow, type SubsidyAccountRow, type SubsidyStatus } from '../entities';
import { subsidyCase, subsidyGrant, type MembershipAnswer } from '../rules/subsidy';
import type { LockMode } from './locks';

/**
 * Makes sure the worker's account for the year exists (insert-or-ignore, so concurrent first
 * grants meet at the primary key), starting from what enrolments from before this ledger used:
 * the course subsidy of each seat of that year still held or completed. `recheck` skips the
 * plain read that says it is there: on MySQL that read may predate a close that deleted it.
 */
async function ensureAccount(em: EntityManager, workerId: string, year: number, now: Date, recheck = false): Promise<void> {
  if (!recheck && (await em.findOne(SubsidyAccount, { where: { workerId, year }, select: { workerId: true } }))) return;
  const start = beijingYearStart(year);
  const end = beijingYearStart(year + 1);
  const [{ used }] = await em.query(
    `SELECT COALESCE(SUM(c.subsidy_cents), 0) AS used FROM enrollments e JOIN courses c ON c.id = e.course_id
     WHERE e.worker_id = ? AND e.status IN ('ENROLLED', 'COMPLETED') AND e.subsidy_status IS NULL AND e.seated_at >= ? AND e.seated_at < ?`,
    [workerId, sqlTime(start), sqlTime(end)],
  );
  const mysql = em.connection.options.type === 'mysql' || em.connection.options.type === 'mariadb';
  await em.query(`${mysql ? 'INSERT IGNORE' : 'INSERT OR IGNORE'} INTO subsidy_accounts (worker_id, year, used_cents, updated_at) VALUES (?, ?, ?, ?)`, [
    workerId,
    year,
    Number(used),
    sqlTime(now),
  ]);
}

/**
 * The worker's account for the year, locked for the rest of the transaction. Closing a worker's
 * account deletes theirs (commands/worker-privacy.ts): an enrolment of the same worker id that
 * waited for it meanwhile finds none under the lock, and starts a new one.
 */
async function lockAccount(em: EntityManager, lockMode: LockMode, workerId: string, year: number, now: Date): Promise<SubsidyAccountRow> {
  await ensureAccount(em, workerId, year, now);
  const account = await lockOne(em, { lockMode }, SubsidyAccount, { workerId, year });
  if (account) return account;
  await ensureAccount(em, workerId, year, now, true);
  return (await lockOne(em, { lockMode }, SubsidyAccount, { workerId, year }))!;
}

/**
 * Grants a member's seat its subsidy from the worker's account for the year of `now`, under the
 * account row's lock: two seats taken at once cannot both take the last of the cap. Records
 * the grant for reconciliation. Returns what was granted (0: the cap is reached).
 */
export async function grantSeat(
  em: EntityManager,
  lockMode: LockMode,
  e: { id: string; workerId: string; courseId: string; memberBranchId: string; memberBranchDistrictCode: string | null },
  course: CourseRow,
  capCents: number,
  now: Date,
): Promise<{ subsidyCents: number; subsidyStatus: SubsidyStatus }> {
  const year = beijingYear(now);
  const account = await lockAccount(em, lockMode, e.workerId, year, now);
  const grant = subsidyGrant(course.subsidyCents, capCents, account.usedCents);
  if (grant === 0) return { subsidyCents: 0, subsidyStatus: 'CAP_REACHED' };
  await em.update(SubsidyAccount, { workerId: e.workerId, year }, { usedCents: account.usedCents + grant, updatedAt: now });
  await em.insert(SubsidyMovement, {
    id: newId(),
    enrollmentId: e.id,
    workerId: e.workerId,
    courseId: e.courseId,
    branchId: e.memberBranchId,
    branchDistrictCode: e.memberBranchDistrictCode,
    year,
    month: beijingMonth(now),
    amountCents: grant,
    at: now,
  });
  return { subsidyCents: grant, subsidyStatus: 'GRANTED' };
}

/**
 * Gives an enrolment's subsidy back to the worker's account of the year it was granted in (a
 * drop or a cancellation), recorded as a negative movement in the month of `now`. Nothing to
 * return leaves everything as it is.
 */
export async function returnSubsidy(em: EntityManager, lockMode: LockMode, e: EnrollmentRow, now: Date): Promise<boolean> {
  const amount = e.subsidyCents ?? 0;
  if (amount <= 0 || !e.memberBranchId) return false;
  const granted = await em.findOne(SubsidyMovement, { where: { enrollmentId: e.id }, order: { at: 'DESC', id: 'DESC' } });
  const year = granted?.year ?? beijingYear(now);
  const account = await lockAccount(em, lockMode, e.workerId, year, now);
  await em.update(SubsidyAccount, { workerId: e.workerId, year }, { usedCents: Math.max(0, account.usedCents - amount), updatedAt: now });
  await em.insert(SubsidyMovement, {
    id: newId(),
    enrollmentId: e.id,
    workerId: e.workerId,
    courseId: e.courseId,
    branchId: e.memberBranchId,
    branchDistrictCode: e.memberBranchDistrictCode ?? null,
    year,
    month: beijingMonth(now),
    amountCents: -amount,
    at: now,
  });
  await em.update(Enrollment, { id: e.id }, { subsidyCents: 0, subsidyStatus: 'RETURNED', updatedAt: now });
  return true;
}

/**
 * The subsidy columns of an enrolment taking `seat` now, granting from the account when it is
 * a member's seat in a subsidised course. The caller holds the course's lock.
 */
export async function subsidyOnSeat(
  em: EntityManager,
  lockMode: LockMode,
  e: { id: string; workerId: string; courseId: string },
  course: CourseRow,
  membership: MembershipAnswer,
  seat: 'ENROLLED' | 'WAITLISTED',
  capCents: number,
  now: Date,
): Promise<Pick<EnrollmentRow, 'priceCents' | 'subsidyCents' | 'subsidyStatus' | 'memberBranchId' | 'memberBranchDistrictCode'>> {
  const member = membership !== 'UNCHECKED' && membership.member && membership.branchId ? membership : null;
  const base = {
    priceCents: course.priceCents,
    subsidyCents: 0,
    memberBranchId: member?.branchId ?? null,
    memberBranchDistrictCode: member?.branchDistrictCode ?? null,
  };
  const kind = subsidyCase(course.subsidyCents, member ? membership : membership === 'UNCHECKED' ? 'UNCHECKED' : { member: false, branchId: null, branchDistrictCode: null }, seat);
  if (kind !== 'SEATED') return { ...base, subsidyStatus: kind };
  const granted = await grantSeat(em, lockMode, { ...e, memberBranchId: member!.branchId!, memberBranchDistrictCode: member!.branchDistrictCode }, course, capCents, now);
  return { ...base, ...granted };
}
