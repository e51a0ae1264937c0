import { nameId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin, dashboard, partner, stationsOperator, unionOperator } from '../support';
import { LIST, ONE, caseHelpers, ids, liNa } from '../support/cases';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const { newMeituanWorker, opened } = caseHelpers(() => sg);

describe('who sees cases', () => {
  it('shows union operators and admins every case, filtered by status', async () => {
    const c = await opened(await newMeituanWorker());
    for (const p of [admin, unionOperator]) {
      const all = dataOf(await sg.query(LIST, { first: 100 }, p)).assistanceCases;
      expect(ids(all)).toEqual(expect.arrayContaining([c.id, nameId('demo:case:wang-qiang-wages'), nameId('demo:case:li-na-counselling')]));
      const closed = dataOf(await sg.query(LIST, { status: 'CLOSED', first: 100 }, p)).assistanceCases;
      expect(closed.every((x: { status: string }) => x.status === 'CLOSED')).toBe(true);
      expect(ids(closed)).toContain(nameId('demo:case:li-na-counselling'));
    }
  });

  it('shows a partner only the cases of the worker it acts for', async () => {
    // Both workers shared their union records with MEITUAN, so cases opened at a union desk reach it.
    const workerId = await newMeituanWorker();
    const other = await newMeituanWorker();
    const mine = await opened(workerId);
    const theirs = await opened(other);
    const seen = dataOf(await sg.query(LIST, {}, partner('MEITUAN', workerId))).assistanceCases;
    expect(ids(seen)).toEqual([mine.id]);
    expect(dataOf(await sg.query(ONE, { id: mine.id }, partner('MEITUAN', workerId))).assistanceCase.id).toBe(mine.id);
    expect(ids(dataOf(await sg.query(LIST, { first: 100 }, partner('MEITUAN', other))).assistanceCases)).toEqual([theirs.id]);
    expect(errorCodes(await sg.query(ONE, { id: mine.id }, partner('MEITUAN', other)))).toEqual(['FORBIDDEN']);
  });

  it('keeps a case opened at a union desk from a partner the worker shared no union records with', async () => {
    const workerId = await newMeituanWorker([]);
    const desk = await opened(workerId);
    expect(dataOf(await sg.query(LIST, {}, partner('MEITUAN', workerId))).assistanceCases).toEqual([]);
    expect(errorCodes(await sg.query(ONE, { id: desk.id }, partner('MEITUAN', workerId)))).toEqual(['FORBIDDEN']);
    expect(ids(dataOf(await sg.query(LIST, { first: 100 }, unionOperator)).assistanceCases)).toContain(desk.id);
  });

  it('refuses another platform’s partner, a partner acting for no one, dashboards, anonymous callers and other domains’ operators', async () => {
    const workerId = await newMeituanWorker();
    const c = await opened(workerId);
    const refused = [partner('ELEME', liNa), partner('ELEME', workerId), partner('MEITUAN'), dashboard, stationsOperator, undefined];
    for (const p of refused) {
      const res = await sg.query(ONE, { id: c.id }, p);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data?.assistanceCase ?? null).toBeNull();
    }
    for (const p of [partner('ELEME', workerId), partner('MEITUAN'), dashboard, stationsOperator, undefined]) {
      const res = await sg.query(LIST, {}, p);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data?.assistanceCases ?? null).toBeNull();
    }
    const eleme = dataOf(await sg.query(LIST, {}, partner('ELEME', liNa))).assistanceCases;
    expect(ids(eleme)).not.toContain(c.id);
  });
});
