import { DAY_MS, HOUR_MS, metricsPeriod } from '@nef/kit';
import { CITY } from '@nef/kit/seed';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Enrollment } from '../../src/entities';
import { trainingMetrics } from '../../src/queries/metrics';
import { courseStatus } from '../../src/rules/course-status';
import { generate, type GenerateOptions } from '../../src/seed/generate';
import { service } from '../../src/server';
import { settings } from '../../src/settings';
import { admin, cityDashboard, DROP, ENROLL, newId, trainingOperator } from '../support';
import { beijingMonths, groupBy, order, plainMetrics, rowsOf, SEED, t, violations, type Period, type Rows } from '../support/generated-rows';

describe('the city data generator, written to the database', () => {
  // The present, so that what the API derives from the clock agrees with the generated year.
  const now = new Date();
  const opts: GenerateOptions = {
    seed: SEED,
    workers: 900,
    courses: 8,
    cityWideCourses: 1,
    requestVotes: 1_200,
    now,
    batchSize: 3,
    subsidyCapCents: settings.subsidyCapCents,
    requestThreshold: settings.courseRequestThreshold,
  };
  let a: TestSubgraph;
  let b: TestSubgraph;
  let rows: Rows;
  beforeAll(async () => {
    [a, b] = await Promise.all([startTestSubgraph(service), startTestSubgraph(service)]);
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
  });

  it('writes the same rows from the same seed, in batches, and resumes an interrupted run', async () => {
    const steps: string[] = [];
    const first = await generate(a.db, { ...opts, progress: (p) => steps.push(`${p.what} ${p.done}/${p.total}`) });
    expect(steps.filter((l) => l.startsWith('courses'))).toEqual(['courses 3/9', 'courses 6/9', 'courses 9/9']);
    expect(steps[steps.length - 1]).toMatch(/^requests (\d+)\/\1$/);
    // Interrupted after its first batch, then started again.
    await expect(
      generate(b.db, {
        ...opts,
        progress: (p) => {
          if (p.done === 3) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    const resumed = await generate(b.db, opts);
    expect(resumed.courses).toBe(6);
    rows = await rowsOf(a);
    expect(await rowsOf(b)).toEqual(rows);
    expect(first).toEqual({
      courses: 9,
      sessions: rows.sessions.length,
      enrollments: rows.enrollments.length,
      attendances: rows.attendances.length,
      requests: rows.requests.length,
      votes: rows.votes.length,
    });
    expect(rows.enrollments.length).toBeGreaterThan(500);
    expect(rows.enrollments.length).toBeLessThan(900);
    expect(rows.attendances.length).toBeGreaterThan(rows.enrollments.length);
    expect(rows.requests.length).toBeGreaterThan(30);
  });

  it('adds nothing when run again', async () => {
    const again = await generate(a.db, opts);
    expect(again).toEqual({ courses: 0, sessions: 0, enrollments: 0, attendances: 0, requests: 0, votes: 0 });
    expect(await rowsOf(a)).toEqual(rows);
  });

  it('leaves rows that obey every rule of the service', () => {
    expect(violations(rows, opts.workers!, now)).toEqual([]);
  });

  it('answers the district metrics as the plain computation over the rows does, for any period', async () => {
    const periods: Period[] = [
      { from: null, to: null },
      ...beijingMonths(now, 13, 1),
      { from: beijingMonths(now, 12)[0]!.from, to: beijingMonths(now, 1)[0]!.to },
      { from: new Date(now.getTime() - 100 * DAY_MS), to: null },
      { from: null, to: new Date(now.getTime() - 200 * DAY_MS + 12_345) },
      { from: new Date(now.getTime() - 45 * DAY_MS - HOUR_MS), to: new Date(now.getTime() - 3 * DAY_MS) },
    ];
    for (const period of periods) {
      const fast = await trainingMetrics(a.db, [CITY.districtCode, '110108'], metricsPeriod(period.from, period.to, now));
      expect(fast.get(CITY.districtCode)).toEqual(plainMetrics(rows, CITY.districtCode, period));
      expect(fast.get('110108')).toEqual(plainMetrics(rows, '110108', period));
    }
    const total = plainMetrics(rows, CITY.districtCode, { from: null, to: null });
    expect(total.enrollments).toBeGreaterThan(200);
    expect(total.completions).toBeGreaterThan(0);

    // Through the API, as the dashboard asks: a month per alias, in one operation.
    const months = beijingMonths(now, 11);
    const aliases = months.map((m, i) => `m${i}: trainingMetrics(from: "${m.from!.toISOString()}", to: "${m.to!.toISOString()}") { enrollments completions }`);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on District {
      all: trainingMetrics { courses enrollments completions certificates byCategory { key count } }
      ${aliases.join('\n')}
    } } }`;
    const before = a.db.statements;
    const d = dataOf(await a.query(query, { r: [{ __typename: 'District', code: CITY.districtCode }] }, cityDashboard))._entities[0];
    expect(d.all).toEqual(total);
    months.forEach((m, i) => {
      const plain = plainMetrics(rows, CITY.districtCode, m);
      expect(d[`m${i}`]).toEqual({ enrollments: plain.enrollments, completions: plain.completions });
    });
    // Three statements per period, whatever the number of districts.
    expect(a.db.statements - before).toBe(3 * (months.length + 1));
  });

  it('serves the catalogue, timetables, enrolments, certificates and requests from the generated rows', async () => {
    const derived = rows.courses.map((c) => courseStatus(c.status, rows.sessions.filter((s) => s.courseId === c.id), new Date()));
    const completed = derived.filter((s) => s === 'COMPLETED').length;
    const catalogue = dataOf(await a.query(`{ courses(filter: { status: COMPLETED }, first: 1) { totalCount } }`)).courses;
    expect(catalogue.totalCount).toBe(completed);

    // A learner with the most enrolments, as an operator reads them.
    const byWorker = [...groupBy(rows.enrollments, (e) => e.workerId)].sort((x, y) => y[1].length - x[1].length)[0]!;
    const worker = dataOf(
      await a.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { enrollments { id status course { id } } } } }`,
        { r: [{ __typename: 'Worker', id: byWorker[0] }] },
        trainingOperator,
      ),
    )._entities[0];
    expect(worker.enrollments.map((e: { id: string }) => e.id)).toEqual(byWorker[1].sort(order).map((e) => e.id));

    // A certificate checks out, with the holder's masked name.
    const certified = rows.enrollments.find((e) => e.certificateNo && e.holderNameMasked);
    if (certified) {
      const cert = dataOf(await a.query(`query($n: String!) { certificate(number: $n) { number courseTitle holderName } }`, { n: certified.certificateNo!.toLowerCase() })).certificate;
      expect(cert).toEqual({
        number: certified.certificateNo,
        courseTitle: rows.courses.find((c) => c.id === certified.courseId)!.title,
        holderName: certified.holderNameMasked,
      });
    }

    // Every station with sessions to come shows them, soonest first.
    const upcoming = rows.sessions.filter((s) => s.stationId && t(s.startsAt) > Date.now() && rows.courses.find((c) => c.id === s.courseId)!.status !== 'CANCELLED');
    const stationIds = [...new Set(upcoming.map((s) => s.stationId!))];
    const timetable = dataOf(
      await a.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { id upcomingSessions(first: 100) { id } } } }`,
        { r: stationIds.map((id) => ({ __typename: 'Station', id })) },
      ),
    )._entities;
    expect(timetable.flatMap((s: { upcomingSessions: unknown[] }) => s.upcomingSessions)).toHaveLength(upcoming.length);

    const openDemand = rows.requests.filter((r) => r.openedAt && !r.fulfilledByCourseId).length;
    const requests = dataOf(await a.query(`{ courseRequests(district: "110105", open: true, first: 100) { id requests open } }`)).courseRequests;
    expect(requests).toHaveLength(Math.min(100, openDemand));
    expect(requests.every((r: { open: boolean; requests: number }) => r.open && r.requests >= settings.courseRequestThreshold)).toBe(true);
  });

  it('takes enrolments and drops on top of the generated rows, by the same rules', async () => {
    // A course still taking enrolments, with seated learners.
    const open = rows.courses.find((c) => {
      const status = courseStatus(c.status, rows.sessions.filter((s) => s.courseId === c.id), new Date());
      return (status === 'RUNNING' || status === 'CONFIRMED') && rows.enrollments.some((e) => e.courseId === c.id && e.status === 'ENROLLED');
    })!;
    expect(open).toBeDefined();
    const roster = rows.enrollments.filter((e) => e.courseId === open.id);
    const seated = roster.filter((e) => e.status === 'ENROLLED').length;
    const waiting = roster.filter((e) => e.status === 'WAITLISTED').sort(order);

    const newcomer = dataOf(await a.query(ENROLL, { courseId: open.id, workerId: newId() }, trainingOperator)).enroll;
    expect(newcomer.status).toBe(seated < open.capacity ? 'ENROLLED' : 'WAITLISTED');

    const leaving = roster.find((e) => e.status === 'ENROLLED')!;
    dataOf(await a.query(DROP, { id: leaving.id }, admin));
    const after = await a.db.manager.find(Enrollment, { where: { courseId: open.id } });
    const status = (id: string) => after.find((e) => e.id === id)!.status;
    expect(status(leaving.id)).toBe('DROPPED');
    // The seat goes to whoever waited longest (a newcomer who was waitlisted comes after them).
    if (waiting.length) expect(status(waiting[0]!.id)).toBe('ENROLLED');
    else if (newcomer.status === 'WAITLISTED') expect(status(newcomer.id)).toBe('ENROLLED');
    expect(after.filter((e) => e.status === 'ENROLLED').length).toBeLessThanOrEqual(open.capacity);
  });
});
