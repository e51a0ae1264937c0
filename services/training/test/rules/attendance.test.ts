import { attendanceRefusal, completionRefusal, missingAttendance, requiredAttendance } from '../../src/rules/attendance';

const at = (iso: string) => new Date(iso);

describe('attendance and completion', () => {
  it('requires what the course sets, else every scheduled session', () => {
    expect(requiredAttendance(3, 4)).toBe(3);
    expect(requiredAttendance(null, 4)).toBe(4);
    expect(requiredAttendance(null, 0)).toBe(0);
    expect(missingAttendance(1, 3)).toBe(2);
    expect(missingAttendance(5, 3)).toBe(0);
  });
  it('records attendance for seated learners at sessions that have started', () => {
    const now = at('2026-12-01T12:00:00Z');
    expect(attendanceRefusal('ENROLLED', now, now)).toBeNull();
    expect(attendanceRefusal('COMPLETED', at('2026-11-01T12:00:00Z'), now)).toBeNull();
    expect(attendanceRefusal('ENROLLED', at('2026-12-01T12:00:00.001Z'), now)).toMatch(/once it has started/);
    expect(attendanceRefusal('WAITLISTED', now, now)).toMatch(/WAITLISTED/);
    expect(attendanceRefusal('DROPPED', now, now)).toMatch(/DROPPED/);
  });
  it('completes an ENROLLED learner with nothing missing, and says how many sessions are missing otherwise', () => {
    expect(completionRefusal('ENROLLED', 3, 0)).toBeNull();
    expect(completionRefusal('ENROLLED', 3, 2)).toBe('2 of the 3 required sessions are missing from the attendance record');
    expect(completionRefusal('ENROLLED', 1, 1)).toBe('1 of the 1 required session is missing from the attendance record');
    expect(completionRefusal('ENROLLED', 0, 0)).toMatch(/no sessions/);
    expect(completionRefusal('WAITLISTED', 3, 0)).toMatch(/WAITLISTED/);
  });
});
