import { newId } from '@nef/kit';
import { startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Enrollment, type EnrollmentRow } from '../../src/entities';
import { createLoaders } from '../../src/queries/loaders';
import { waitlistHead } from '../../src/queries/waitlist';
import { WAITLIST_ORDER_SQL, dropOutcome, promotions, waitlistOrder } from '../../src/rules/waitlist';
import { service } from '../../src/server';

const at = (iso: string) => new Date(iso);

describe('the waitlist', () => {
  const w = (id: string, iso: string) => ({ id, enrolledAt: at(iso) });
  it('moves up whoever enrolled first, the id breaking ties', () => {
    const list = [w('c', '2026-01-01T10:00:01Z'), w('b', '2026-01-01T10:00:00Z'), w('a', '2026-01-01T10:00:00Z')];
    expect([...list].sort(waitlistOrder).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(promotions(9, 10, list).map((x) => x.id)).toEqual(['a']);
  });
  it('fills every free seat and no more', () => {
    const list = [w('a', '2026-01-01T10:00:00Z'), w('b', '2026-01-01T10:00:01Z'), w('c', '2026-01-01T10:00:02Z')];
    expect(promotions(8, 10, list).map((x) => x.id)).toEqual(['a', 'b']);
    expect(promotions(5, 10, list)).toHaveLength(3);
    expect(promotions(10, 10, list)).toEqual([]);
    expect(promotions(11, 10, list)).toEqual([]);
  });
  it('says what dropping each status does', () => {
    expect(dropOutcome('ENROLLED')).toBe('FREE_SEAT');
    expect(dropOutcome('WAITLISTED')).toBe('LEAVE_WAITLIST');
    expect(dropOutcome('DROPPED')).toBe('ALREADY_DROPPED');
    expect(dropOutcome('COMPLETED')).toBe('COMPLETED');
  });
});

describe('the waitlist order in SQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
  });
  afterAll(() => sg.stop());

  it('orders enrolments as waitlistOrder does, in a plain query, the waitlist read and the roster loader', async () => {
    const courseId = newId();
    const t0 = Date.parse('2026-03-01T12:00:00.000Z');
    // Ties in time broken by id, ids out of time order, and rows inserted in neither order.
    const rows: EnrollmentRow[] = [
      ['f0000000-0000-4000-8000-000000000001', 5],
      ['0a000000-0000-4000-8000-000000000002', 5],
      ['a0000000-0000-4000-8000-000000000003', 0],
      ['0b000000-0000-4000-8000-000000000004', 7],
      ['0a000000-0000-4000-8000-000000000001', 5],
      ['c0000000-0000-4000-8000-000000000005', 1],
    ].map(([id, ms]) => ({
      id: id as string,
      courseId,
      workerId: newId(),
      status: 'WAITLISTED',
      enrolledAt: new Date(t0 + (ms as number)),
      completedAt: null,
      certificateNo: null,
      seatedAt: null,
      holderNameMasked: null,
      updatedAt: new Date(t0),
    }));
    await sg.db.manager.insert(Enrollment, rows);
    const expected = [...rows].sort(waitlistOrder).map((e) => e.id);

    const plain: { id: string }[] = await sg.db.manager.query(
      `SELECT id FROM enrollments WHERE course_id = ? ORDER BY ${WAITLIST_ORDER_SQL}`,
      [courseId],
    );
    expect(plain.map((r) => r.id)).toEqual(expected);
    expect((await waitlistHead(sg.db.manager, courseId, 4)).map((w) => w.id)).toEqual(expected.slice(0, 4));
    expect(promotions(0, 4, await waitlistHead(sg.db.manager, courseId, 4)).map((w) => w.id)).toEqual(expected.slice(0, 4));
    const roster = await createLoaders(sg.db, new Date()).enrollmentsByCourse({ first: 100, status: null, workerId: null }).load(courseId);
    expect(roster.map((e) => e.id)).toEqual(expected);
  });
});
