import { CITY } from '@nef/kit/seed';
import { courseStatus } from '../../src/rules/course-status';
import { planCity } from '../../src/seed/city-plan';
import { settings } from '../../src/settings';
import { groupBy, rowsOfPlan, SEED, t, violations } from '../support/generated-rows';

describe('the city data generator, planned without a database', () => {
  // A tenth of the city: enough courses for every way a course and an enrolment can end.
  const now = new Date('2026-11-22T12:00:00+08:00');
  const opts = { seed: SEED, workers: 10_000, now, subsidyCapCents: settings.subsidyCapCents, requestThreshold: settings.courseRequestThreshold };
  const plan = planCity(opts);
  const rows = rowsOfPlan(plan);

  it('scales the city volumes down with the workers', () => {
    expect(rows.courses.filter((c) => c.districtCode === CITY.districtCode)).toHaveLength(60);
    expect(rows.courses.filter((c) => c.districtCode === null)).toHaveLength(4);
    // About 80,000 enrolments for 100,000 workers; most workers in no course, none in more than three.
    expect(rows.enrollments.length).toBeGreaterThan(6_000);
    expect(rows.enrollments.length).toBeLessThan(10_000);
    const perWorker = [...groupBy(rows.enrollments, (e) => e.workerId).values()].map((l) => l.length);
    expect(Math.max(...perWorker)).toBeLessThanOrEqual(3);
    expect(perWorker.length).toBeLessThan(6_000);
    expect(rows.sessions.length).toBeGreaterThan(rows.courses.length * 2);
    expect(rows.votes.length).toBeGreaterThan(450);
  });

  it('leaves courses and enrolments in every state the rules allow', () => {
    const states = new Set(
      plan.courses.map((p) => courseStatus(p.course.status, p.sessions, now)),
    );
    // Upcoming courses are PLANNED or CONFIRMED, depending on their sign-ups so far.
    expect([...states].filter((s) => s !== 'PLANNED').sort()).toEqual(['CANCELLED', 'COMPLETED', 'CONFIRMED', 'RUNNING']);
    expect(new Set(rows.enrollments.map((e) => e.status)).size).toBe(4);
    expect(new Set(rows.courses.map((c) => c.category)).size).toBe(9);
    expect(new Set(rows.courses.map((c) => c.mode)).size).toBe(3);
    expect(rows.enrollments.some((e) => e.certificateNo)).toBe(true);
    expect(rows.enrollments.some((e) => e.seatedAt && t(e.seatedAt) > t(e.enrolledAt))).toBe(true);
    expect(rows.requests.some((r) => r.fulfilledByCourseId)).toBe(true);
    expect(rows.requests.some((r) => r.openedAt && !r.fulfilledByCourseId)).toBe(true);
  });

  it('obeys every rule of the service', () => {
    expect(violations(rows, opts.workers, now)).toEqual([]);
  });

  it('draws the same rows from the same seed, and others from another', () => {
    const again = rowsOfPlan(planCity({ ...opts, workers: 2_000, courses: 60, cityWideCourses: 4 }));
    const small = rowsOfPlan(planCity({ ...opts, workers: 2_000, courses: 60, cityWideCourses: 4 }));
    expect(again).toEqual(small);
    // Courses do not depend on how many workers there are.
    expect(again.courses.map((c) => c.id)).toEqual(rows.courses.map((c) => c.id));
    const other = rowsOfPlan(planCity({ ...opts, seed: 7, workers: 2_000, courses: 60, cityWideCourses: 4 }));
    expect(other.courses.map((c) => c.id)).not.toEqual(again.courses.map((c) => c.id));
  });
});
