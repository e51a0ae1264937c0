import { Env } from '@nef/kit';
import { attendanceRefusal, completionRefusal, missingAttendance, requiredAttendance } from '../src/domain/attendance';
import { maskName, newCertificateNumber, normaliseCertificateNumber } from '../src/domain/certificate';
import { demandKey, isOpenDemand, normaliseTopic } from '../src/domain/course-request';
import { cancellation, enrollmentStatusOnCancel } from '../src/domain/status';
import { shanghaiYear, subsidyAvailable } from '../src/domain/subsidy';
import { dropOutcome, promotions, waitlistOrder } from '../src/domain/waitlist';
import { readSettings } from '../src/settings';

const at = (iso: string) => new Date(iso);

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

describe('certificates', () => {
  it('numbers certificates with a prefix and 16 unguessable characters', () => {
    const numbers = new Set(Array.from({ length: 1000 }, () => newCertificateNumber()));
    expect(numbers.size).toBe(1000);
    for (const n of numbers) expect(n).toMatch(/^TRN-[2-9A-HJ-NP-Z]{16}$/);
  });
  it('reads a number back however it was typed', () => {
    expect(normaliseCertificateNumber('  trn-abcd ')).toBe('TRN-ABCD');
  });
  it('masks all but the first character of a name', () => {
    expect(maskName('王强')).toBe('王*');
    expect(maskName(' 欧阳娜娜 ')).toBe('欧***');
    expect(maskName('李')).toBe('*');
    expect(maskName('John  Smith')).toBe('J*** *****');
    expect(maskName('𠀀𠀁')).toBe('𠀀*');
  });
});

describe('subsidy', () => {
  it('gives members the cap less what they used, never below 0, and non-members nothing', () => {
    expect(subsidyAvailable(true, 300000, 0)).toBe(300000);
    expect(subsidyAvailable(true, 300000, 120000)).toBe(180000);
    expect(subsidyAvailable(true, 300000, 480000)).toBe(0);
    expect(subsidyAvailable(false, 300000, 0)).toBe(0);
  });
  it('counts the year in Asia/Shanghai time', () => {
    // 2026-12-31T16:00Z is already 1 January 2027 in Beijing.
    const y = shanghaiYear(at('2026-12-31T16:00:00Z'));
    expect(y).toEqual({ start: at('2026-12-31T16:00:00Z'), end: at('2027-12-31T16:00:00Z') });
    expect(shanghaiYear(at('2026-12-31T15:59:59.999Z')).start).toEqual(at('2025-12-31T16:00:00Z'));
  });
});

describe('course requests', () => {
  it('treats case, spacing and full-width letters as the same topic', () => {
    const a = normaliseTopic('  Python   入门 ');
    const b = normaliseTopic('ｐｙｔｈｏｎ 入门');
    expect(a).toEqual({ display: 'Python 入门', key: 'python 入门' });
    expect(b.key).toBe(a.key);
    expect(demandKey('110105', 'SKILLS', a.key)).toBe('110105|SKILLS|python 入门');
  });
  it('is open demand from the threshold on, until fulfilled', () => {
    expect(isOpenDemand(9, 10, false)).toBe(false);
    expect(isOpenDemand(10, 10, false)).toBe(true);
    expect(isOpenDemand(25, 10, true)).toBe(false);
  });
});

describe('settings', () => {
  it('defaults to a threshold of 10 and a yearly cap of 3000 yuan', () => {
    expect(readSettings(new Env({}))).toEqual({ courseRequestThreshold: 10, subsidyCapCents: 300000 });
  });
  it('reads them from the environment and refuses values out of range', () => {
    expect(readSettings(new Env({ COURSE_REQUEST_THRESHOLD: '5', TRAINING_SUBSIDY_CAP_CENTS: '0' }))).toEqual({
      courseRequestThreshold: 5,
      subsidyCapCents: 0,
    });
    expect(() => readSettings(new Env({ COURSE_REQUEST_THRESHOLD: '0' }))).toThrow(/COURSE_REQUEST_THRESHOLD/);
    expect(() => readSettings(new Env({ TRAINING_SUBSIDY_CAP_CENTS: 'lots' }))).toThrow(/TRAINING_SUBSIDY_CAP_CENTS/);
  });
});
