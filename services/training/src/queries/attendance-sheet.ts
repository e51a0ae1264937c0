import { dateOf, encodeCursor, pageSize, perArgs, valueLoader, type Connection, type Database } from '@nef/kit';
import { afterId, type PageArgs } from './pages';

/** One line of a session's attendance sheet: a learner expected there, and whether recorded present. */
export interface AttendanceLineRow {
  enrollmentId: string;
  attended: boolean;
  recordedAt: Date | null;
}

export type AttendanceSheet = Connection<AttendanceLineRow> & { attendedCount: number };

/**
 * Who a session expects: the course's learners holding a seat (ENROLLED) or done (COMPLETED),
 * and anyone recorded present there whatever became of the enrolment since (a learner who came
 * and later dropped stays on that session's sheet). Waitlisted learners are not expected.
 * Over `course_sessions s`, `enrollments e` and `attendances a` (left-joined for the session).
 */
const EXPECTED = "(e.status IN ('ENROLLED', 'COMPLETED') OR a.id IS NOT NULL)";
const FROM = `FROM course_sessions s
  JOIN enrollments e ON e.course_id = s.course_id
  LEFT JOIN attendances a ON a.session_id = s.id AND a.enrollment_id = e.id`;
const AT = '(SELECT cur.enrolled_at FROM enrollments cur WHERE cur.id = ?)';

/**
 * Per request: the sheets of every session asked for with the same page arguments in two
 * statements, one for the lines (in enrolment order, `first` + 1 per session) and one counting
 * them. Cursors name the last line's enrolment.
 */
export function attendanceSheets(db: Database) {
  const counts = valueLoader<string, { expected: number; attended: number }>(async (ids) => {
    const rows: { session_id: string; expected: number | string; attended: number | string | null }[] = await db.manager.query(
      `SELECT s.id AS session_id, COUNT(*) AS expected, SUM(CASE WHEN a.id IS NULL THEN 0 ELSE 1 END) AS attended
       ${FROM} WHERE s.id IN (${ids.map(() => '?').join(', ')}) AND ${EXPECTED} GROUP BY s.id`,
      [...ids],
    );
    return new Map(rows.map((r) => [r.session_id, { expected: Number(r.expected), attended: Number(r.attended ?? 0) }]));
  }, Object.freeze({ expected: 0, attended: 0 }));

  const pages = perArgs(
    (v: { first: number; after: string | null }) =>
      valueLoader<string, AttendanceLineRow[]>(async (ids) => {
        const after = v.after ? ` AND (e.enrolled_at > ${AT} OR (e.enrolled_at = ${AT} AND e.id > ?))` : '';
        const rows: { session_id: string; enrollment_id: string; recorded_at: unknown }[] = await db.manager.query(
          `SELECT ranked.session_id, ranked.enrollment_id, ranked.recorded_at FROM (
             SELECT s.id AS session_id, e.id AS enrollment_id, a.recorded_at AS recorded_at,
               ROW_NUMBER() OVER (PARTITION BY s.id ORDER BY e.enrolled_at ASC, e.id ASC) AS rn
             ${FROM}
             WHERE s.id IN (${ids.map(() => '?').join(', ')}) AND ${EXPECTED}${after}
           ) ranked WHERE ranked.rn <= ? ORDER BY ranked.session_id, ranked.rn`,
          [...ids, ...(v.after ? [v.after, v.after, v.after] : []), v.first + 1],
        );
        const bySession = new Map<string, AttendanceLineRow[]>(ids.map((id) => [id, []]));
        for (const r of rows) {
          bySession.get(r.session_id)?.push({
            enrollmentId: r.enrollment_id,
            attended: r.recorded_at != null,
            recordedAt: r.recorded_at == null ? null : dateOf(r.recorded_at),
          });
        }
        return bySession;
      }, Object.freeze([]) as unknown as AttendanceLineRow[]),
  );

  return async (args: PageArgs, sessionId: string): Promise<AttendanceSheet> => {
    const first = pageSize(args.first, 50);
    const after = afterId(args.after) ?? null;
    const [lines, count] = await Promise.all([first === 0 ? Promise.resolve([]) : pages({ first, after }).load(sessionId), counts.load(sessionId)]);
    const page = lines.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeCursor(node.enrollmentId), node }));
    return {
      edges,
      pageInfo: { hasNextPage: lines.length > first, endCursor: edges.length ? edges[edges.length - 1]!.cursor : null },
      totalCount: count.expected,
      attendedCount: count.attended,
    };
  };
}
