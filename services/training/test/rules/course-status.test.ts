import { newId } from '@nef/kit';
import { startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Course, CourseSession, type CourseStatus } from '../../src/entities';
import {
  acceptsEnrollments,
  cancellation,
  courseStatus,
  courseStatusSql,
  enrollmentStatusOnCancel,
  nextStatusChange,
  statusAfterEnrollment,
  type SessionTimes,
} from '../../src/rules/course-status';
import { service } from '../../src/server';

const at = (iso: string) => new Date(iso);
const sessions = [
  { startsAt: at('2026-12-01T12:00:00Z'), endsAt: at('2026-12-01T13:30:00Z') },
  { startsAt: at('2026-12-08T12:00:00Z'), endsAt: at('2026-12-08T13:30:00Z') },
];

describe('courseStatus: the status a course reads as at an instant', () => {
  it('keeps the stored PLANNED or CONFIRMED until the first session starts', () => {
    expect(courseStatus('PLANNED', sessions, at('2026-12-01T11:59:59.999Z'))).toBe('PLANNED');
    expect(courseStatus('CONFIRMED', sessions, at('2026-12-01T11:59:59.999Z'))).toBe('CONFIRMED');
  });

  it('is RUNNING from the instant the first session starts', () => {
    expect(courseStatus('CONFIRMED', sessions, at('2026-12-01T12:00:00Z'))).toBe('RUNNING');
    expect(courseStatus('PLANNED', sessions, at('2026-12-01T12:00:00Z'))).toBe('RUNNING');
  });

  it('stays RUNNING between sessions and until the last one ends', () => {
    expect(courseStatus('CONFIRMED', sessions, at('2026-12-04T00:00:00Z'))).toBe('RUNNING');
    expect(courseStatus('CONFIRMED', sessions, at('2026-12-08T13:29:59.999Z'))).toBe('RUNNING');
  });

  it('is COMPLETED from the instant the last session ends', () => {
    expect(courseStatus('CONFIRMED', sessions, at('2026-12-08T13:30:00Z'))).toBe('COMPLETED');
    expect(courseStatus('PLANNED', sessions, at('2027-01-01T00:00:00Z'))).toBe('COMPLETED');
  });

  it('does not depend on the order sessions are given in', () => {
    const reversed = [...sessions].reverse();
    expect(courseStatus('CONFIRMED', reversed, at('2026-12-01T12:00:00Z'))).toBe('RUNNING');
    expect(courseStatus('CONFIRMED', reversed, at('2026-12-08T13:30:00Z'))).toBe('COMPLETED');
  });

  it('keeps the stored status of a course without sessions', () => {
    expect(courseStatus('PLANNED', [], at('2030-01-01T00:00:00Z'))).toBe('PLANNED');
    expect(courseStatus('CONFIRMED', [], at('2030-01-01T00:00:00Z'))).toBe('CONFIRMED');
  });

  it('leaves a CANCELLED course CANCELLED whatever its sessions say', () => {
    expect(courseStatus('CANCELLED', sessions, at('2026-11-01T00:00:00Z'))).toBe('CANCELLED');
    expect(courseStatus('CANCELLED', sessions, at('2026-12-01T12:00:00Z'))).toBe('CANCELLED');
    expect(courseStatus('CANCELLED', sessions, at('2027-01-01T00:00:00Z'))).toBe('CANCELLED');
  });
});

describe('statusAfterEnrollment: reaching the minimum class size', () => {
  it('keeps a course PLANNED one learner short of minLearners', () => {
    expect(statusAfterEnrollment('PLANNED', 9, 10)).toBe('PLANNED');
  });

  it('confirms a PLANNED course when enrolments reach minLearners', () => {
    expect(statusAfterEnrollment('PLANNED', 10, 10)).toBe('CONFIRMED');
    expect(statusAfterEnrollment('PLANNED', 1, 1)).toBe('CONFIRMED');
  });

  it('never moves a course that is not PLANNED', () => {
    expect(statusAfterEnrollment('CONFIRMED', 0, 10)).toBe('CONFIRMED');
    expect(statusAfterEnrollment('CANCELLED', 10, 10)).toBe('CANCELLED');
    expect(statusAfterEnrollment('RUNNING', 10, 10)).toBe('RUNNING');
  });
});

describe('nextStatusChange: until when a derived status holds', () => {
  it('is the first start, then the last end, then never', () => {
    expect(nextStatusChange('CONFIRMED', sessions, at('2026-11-30T00:00:00Z'))).toEqual(at('2026-12-01T12:00:00Z'));
    expect(nextStatusChange('PLANNED', sessions, at('2026-12-01T12:00:00Z'))).toEqual(at('2026-12-08T13:30:00Z'));
    expect(nextStatusChange('CONFIRMED', sessions, at('2026-12-08T13:30:00Z'))).toBeUndefined();
  });

  it('never changes for a cancelled course or one without sessions', () => {
    expect(nextStatusChange('CANCELLED', sessions, at('2026-11-30T00:00:00Z'))).toBeUndefined();
    expect(nextStatusChange('PLANNED', [], at('2026-11-30T00:00:00Z'))).toBeUndefined();
  });
});

describe('acceptsEnrollments', () => {
  it('takes enrolments until a course is completed or cancelled', () => {
    expect(acceptsEnrollments('PLANNED')).toBe(true);
    expect(acceptsEnrollments('CONFIRMED')).toBe(true);
    expect(acceptsEnrollments('RUNNING')).toBe(true);
    expect(acceptsEnrollments('COMPLETED')).toBe(false);
    expect(acceptsEnrollments('CANCELLED')).toBe(false);
  });
});

describe('cancelling a course', () => {
  it('cancels a course that has not ended, running ones included', () => {
    for (const s of ['PLANNED', 'CONFIRMED', 'RUNNING'] as const) expect(cancellation(s)).toBe('CANCEL');
  });
  it('changes nothing the second time and refuses an ended course', () => {
    expect(cancellation('CANCELLED')).toBe('ALREADY_CANCELLED');
    expect(cancellation('COMPLETED')).toBe('ENDED');
  });
  it('drops seats and waitlist places but lets completions stand', () => {
    expect(enrollmentStatusOnCancel('ENROLLED')).toBe('DROPPED');
    expect(enrollmentStatusOnCancel('WAITLISTED')).toBe('DROPPED');
    expect(enrollmentStatusOnCancel('COMPLETED')).toBe('COMPLETED');
    expect(enrollmentStatusOnCancel('DROPPED')).toBe('DROPPED');
  });
});

describe('courseStatusSql: the status filter in SQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
  });
  afterAll(() => sg.stop());

  it('selects exactly the courses that courseStatus reads as each status', async () => {
    const now = at('2026-12-04T00:00:00Z');
    const timetables: Record<string, SessionTimes[]> = {
      none: [],
      upcoming: [{ startsAt: at('2026-12-05T12:00:00Z'), endsAt: at('2026-12-05T13:30:00Z') }],
      startingNow: [{ startsAt: now, endsAt: at('2026-12-04T01:00:00Z') }],
      betweenSessions: sessions,
      endingNow: [{ startsAt: at('2026-12-03T22:00:00Z'), endsAt: now }],
      ended: [{ startsAt: at('2026-11-01T12:00:00Z'), endsAt: at('2026-11-01T13:30:00Z') }],
    };
    const expected = new Map<string, CourseStatus>();
    for (const stored of ['PLANNED', 'CONFIRMED', 'CANCELLED', 'COMPLETED'] as const) {
      for (const [name, times] of Object.entries(timetables)) {
        const id = newId();
        await sg.db.manager.insert(Course, {
          id,
          title: `${stored} ${name}`,
          category: 'SAFETY',
          mode: 'OFFLINE',
          provider: '朝阳区总工会',
          description: null,
          districtCode: '110105',
          minLearners: 1,
          capacity: 10,
          status: stored,
          certificateName: null,
          subsidyCents: 0,
          priceCents: 0,
          requiredSessions: null,
          createdAt: now,
          updatedAt: now,
        });
        for (const t of times) await sg.db.manager.insert(CourseSession, { id: newId(), courseId: id, ...t, stationId: null, onlineUrl: null });
        expected.set(id, courseStatus(stored, times, now));
      }
    }
    for (const status of ['PLANNED', 'CONFIRMED', 'RUNNING', 'COMPLETED', 'CANCELLED'] as const) {
      const rows = await sg.db.manager
        .createQueryBuilder(Course, 'c')
        .select('c.id', 'id')
        .where(courseStatusSql(status), { now })
        .getRawMany<{ id: string }>();
      const want = [...expected].filter(([, s]) => s === status).map(([id]) => id);
      expect(want.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.id).sort()).toEqual(want.sort());
    }
  });
});
