import { acceptsEnrollments, courseStatus, statusAfterEnrollment } from '../src/domain/status';

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

describe('acceptsEnrollments', () => {
  it('takes enrolments until a course is completed or cancelled', () => {
    expect(acceptsEnrollments('PLANNED')).toBe(true);
    expect(acceptsEnrollments('CONFIRMED')).toBe(true);
    expect(acceptsEnrollments('RUNNING')).toBe(true);
    expect(acceptsEnrollments('COMPLETED')).toBe(false);
    expect(acceptsEnrollments('CANCELLED')).toBe(false);
  });
});
