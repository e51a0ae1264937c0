import { dateOf, type Database } from '@nef/kit';
import { certificateStatus, verificationUrl } from '../rules/certificate';
import { settings } from '../settings';

/** A stored time as ISO 8601 (UTC), or null. */
const iso = (v: unknown): string | null => (v == null ? null : dateOf(v).toISOString());
const num = (v: unknown): number | null => (v == null ? null : Number(v));

/** Everything training holds about one worker, kind by kind; each list is empty when there is none. */
export type WorkerTrainingExport = {
  enrollments: Record<string, unknown>[];
  attendance: Record<string, unknown>[];
  certificates: Record<string, unknown>[];
  courseRequests: Record<string, unknown>[];
  subsidyAccounts: Record<string, unknown>[];
  subsidyMovements: Record<string, unknown>[];
};

/**
 * Everything this service holds about a worker, with what a person needs to read it (the
 * course's title and provider beside its id, the session's times beside an attendance): their
 * enrolments, the sessions they were recorded at, their certificates (as the public check shows
 * them, with its link), the classes they asked for, and their tuition subsidy (the yearly
 * accounts and every grant and return). Amounts in fen, as stored. Five statements, whatever
 * the number of rows; a worker has at most a few thousand, so nothing is paged.
 */
export async function workerExport(db: Database, workerId: string): Promise<WorkerTrainingExport> {
  const q = <T>(sql: string): Promise<T[]> => db.manager.query(sql, [workerId]);
  const [enrollments, attendance, requests, accounts, movements] = await Promise.all([
    q<Record<string, unknown>>(
      `SELECT e.id, e.course_id, c.title, c.provider, c.district_code, c.certificate_name, e.status, e.enrolled_at, e.seated_at,
              e.completed_at, e.certificate_no, e.holder_name_masked, e.certificate_revoked_at, e.certificate_revoked_reason,
              e.price_cents, e.subsidy_cents, e.subsidy_status, e.member_branch_id, e.member_branch_district_code
       FROM enrollments e JOIN courses c ON c.id = e.course_id
       WHERE e.worker_id = ? ORDER BY e.enrolled_at ASC, e.id ASC`,
    ),
    q<Record<string, unknown>>(
      `SELECT a.enrollment_id, e.course_id, c.title, a.session_id, s.starts_at, s.ends_at, s.station_id, s.online_url, a.recorded_at
       FROM attendances a JOIN enrollments e ON e.id = a.enrollment_id JOIN courses c ON c.id = e.course_id
         JOIN course_sessions s ON s.id = a.session_id
       WHERE e.worker_id = ? ORDER BY s.starts_at ASC, a.id ASC`,
    ),
    q<Record<string, unknown>>(
      `SELECT v.request_id, v.created_at, r.topic, r.category, r.district_code, r.fulfilled_by_course_id, c.title AS fulfilled_by_title
       FROM course_request_votes v JOIN course_requests r ON r.id = v.request_id LEFT JOIN courses c ON c.id = r.fulfilled_by_course_id
       WHERE v.worker_id = ? ORDER BY v.created_at ASC, v.id ASC`,
    ),
    q<Record<string, unknown>>(`SELECT year, used_cents, updated_at FROM subsidy_accounts WHERE worker_id = ? ORDER BY year ASC`),
    q<Record<string, unknown>>(
      `SELECT m.id, m.enrollment_id, m.course_id, c.title, m.branch_id, m.branch_district_code, m.year, m.month, m.amount_cents, m.at
       FROM subsidy_movements m LEFT JOIN courses c ON c.id = m.course_id
       WHERE m.worker_id = ? ORDER BY m.at ASC, m.id ASC`,
    ),
  ]);
  return {
    enrollments: enrollments.map((e) => ({
      id: e.id,
      courseId: e.course_id,
      courseTitle: e.title,
      provider: e.provider,
      districtCode: e.district_code ?? null,
      status: e.status,
      enrolledAt: iso(e.enrolled_at),
      seatedAt: iso(e.seated_at),
      completedAt: iso(e.completed_at),
      certificateNo: e.certificate_no ?? null,
      priceCents: num(e.price_cents),
      subsidyCents: num(e.subsidy_cents),
      subsidyStatus: e.subsidy_status ?? null,
      unionBranchId: e.member_branch_id ?? null,
      unionBranchDistrictCode: e.member_branch_district_code ?? null,
    })),
    attendance: attendance.map((a) => ({
      enrollmentId: a.enrollment_id,
      courseId: a.course_id,
      courseTitle: a.title,
      sessionId: a.session_id,
      sessionStartsAt: iso(a.starts_at),
      sessionEndsAt: iso(a.ends_at),
      stationId: a.station_id ?? null,
      onlineUrl: a.online_url ?? null,
      recordedAt: iso(a.recorded_at),
    })),
    certificates: enrollments
      .filter((e) => e.certificate_no != null && e.status === 'COMPLETED')
      .map((e) => ({
        number: e.certificate_no,
        enrollmentId: e.id,
        certificateName: e.certificate_name ?? null,
        courseTitle: e.title,
        provider: e.provider,
        issuedAt: iso(e.completed_at),
        holderName: e.holder_name_masked ?? null,
        status: certificateStatus(e.certificate_revoked_at == null ? null : dateOf(e.certificate_revoked_at)),
        revokedAt: iso(e.certificate_revoked_at),
        revokedReason: e.certificate_revoked_reason ?? null,
        verificationUrl: verificationUrl(settings.publicUrl, e.certificate_no as string),
      })),
    courseRequests: requests.map((r) => ({
      requestId: r.request_id,
      topic: r.topic,
      category: r.category,
      districtCode: r.district_code,
      askedAt: iso(r.created_at),
      fulfilledByCourseId: r.fulfilled_by_course_id ?? null,
      fulfilledByCourseTitle: r.fulfilled_by_title ?? null,
    })),
    subsidyAccounts: accounts.map((a) => ({ year: Number(a.year), usedCents: Number(a.used_cents), updatedAt: iso(a.updated_at) })),
    subsidyMovements: movements.map((m) => ({
      id: m.id,
      kind: Number(m.amount_cents) >= 0 ? 'GRANT' : 'RETURN',
      enrollmentId: m.enrollment_id,
      courseId: m.course_id,
      courseTitle: m.title ?? null,
      unionBranchId: m.branch_id,
      unionBranchDistrictCode: m.branch_district_code ?? null,
      year: Number(m.year),
      month: m.month,
      amountCents: Number(m.amount_cents),
      at: iso(m.at),
    })),
  };
}
