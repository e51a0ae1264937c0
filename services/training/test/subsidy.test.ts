import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { shanghaiYear } from '../src/domain/subsidy';
import { Enrollment } from '../src/entities';
import { service } from '../src/service';
import { admin, anonymous, cityDashboard, createCourse, DROP, enrollmentOf, newId, partnerFor, trainingOperator, unionOperator } from './support';

const SUBSIDY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { id subsidyAvailableCents } } }`;

let sg: TestSubgraph;
let degree: string;
let skills: string;
let full: string;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
  degree = await createCourse(sg, { title: '开放大学学历提升', category: 'DEGREE_EDUCATION', mode: 'ONLINE', districtCode: null, subsidyCents: 200000, priceCents: 480000 });
  skills = await createCourse(sg, { title: '叉车证', subsidyCents: 50000, priceCents: 80000 });
  full = await createCourse(sg, { title: '满员课程', minLearners: 1, capacity: 1, subsidyCents: 70000 });
  await enrollmentOf(sg, full, newId());
});
afterAll(() => sg.stop());

/** Asks as the gateway does for a @requires field: the representation carries isUnionMember. */
const subsidyOf = async (id: string, isUnionMember: boolean | undefined, p: Principal = admin) => {
  const rep: Record<string, unknown> = { __typename: 'Worker', id };
  if (isUnionMember !== undefined) rep.isUnionMember = isUnionMember;
  return sg.query(SUBSIDY, { r: [rep] }, p);
};
const available = async (id: string, isUnionMember: boolean | undefined, p: Principal = admin) =>
  dataOf(await subsidyOf(id, isUnionMember, p))._entities[0].subsidyAvailableCents as number;

describe('Worker.subsidyAvailableCents through _entities (@requires isUnionMember)', () => {
  it('gives a union member the whole yearly cap before any course', async () => {
    expect(await available(newId(), true)).toBe(300000);
  });

  it('gives a non-member nothing, whatever the enrolments', async () => {
    const w = newId();
    await enrollmentOf(sg, skills, w);
    expect(await available(w, false)).toBe(0);
  });

  it('gives nothing when the representation does not say the worker is a member', async () => {
    expect(await available(newId(), undefined)).toBe(0);
  });

  it('takes off the subsidy of seats taken this year, never going below 0', async () => {
    const w = newId();
    await enrollmentOf(sg, skills, w);
    expect(await available(w, true)).toBe(250000);
    await enrollmentOf(sg, degree, w);
    expect(await available(w, true)).toBe(50000);
    const third = await createCourse(sg, { title: '第三门', subsidyCents: 90000 });
    await enrollmentOf(sg, third, w);
    expect(await available(w, true)).toBe(0);
  });

  it('does not count a waitlist place or a dropped seat', async () => {
    const w = newId();
    const waiting = await enrollmentOf(sg, full, w);
    expect(waiting.status).toBe('WAITLISTED');
    const seat = await enrollmentOf(sg, skills, w);
    expect(await available(w, true)).toBe(250000);
    dataOf(await sg.query(DROP, { id: seat.id }, trainingOperator));
    expect(await available(w, true)).toBe(300000);
  });

  it('counts completed courses, and starts afresh each Asia/Shanghai calendar year', async () => {
    const w = newId();
    const seat = await enrollmentOf(sg, degree, w);
    await sg.db.manager.update(Enrollment, { id: seat.id }, { status: 'COMPLETED', completedAt: new Date() });
    expect(await available(w, true)).toBe(100000);
    // A seat taken one millisecond before this year began (Beijing time) is last year's.
    const lastYear = new Date(shanghaiYear(new Date()).start.getTime() - 1);
    await sg.db.manager.update(Enrollment, { id: seat.id }, { seatedAt: lastYear });
    expect(await available(w, true)).toBe(300000);
  });

  it('answers per worker for a batch of members and non-members', async () => {
    const [a, b] = [newId(), newId()];
    await enrollmentOf(sg, skills, a);
    await enrollmentOf(sg, skills, b);
    const res = dataOf(
      await sg.query(SUBSIDY, { r: [{ __typename: 'Worker', id: a, isUnionMember: true }, { __typename: 'Worker', id: b, isUnionMember: false }] }, admin),
    );
    expect(res._entities).toEqual([
      { id: a, subsidyAvailableCents: 250000 },
      { id: b, subsidyAvailableCents: 0 },
    ]);
  });

  it('is readable only by those who may read the worker', async () => {
    const w = newId();
    expect(await available(w, true, partnerFor(w))).toBe(300000);
    expect(await available(w, true, trainingOperator)).toBe(300000);
    for (const p of [partnerFor(newId()), partnerFor(), anonymous, cityDashboard, unionOperator]) {
      expect(errorCodes(await subsidyOf(w, true, p))).toEqual(['FORBIDDEN']);
    }
  });
});
