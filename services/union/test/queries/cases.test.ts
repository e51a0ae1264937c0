import { nameId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin, dashboard, partner, stationsOperator, unionOperator } from '../support';
import { LIST, ONE, caseHelpers, ids, liNa, wang } from '../support/cases';

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
    const workerId = await newMeituanWorker();
    const mine = await opened(workerId);
    await opened(wang);
    const seen = dataOf(await sg.query(LIST, {}, partner('MEITUAN', workerId))).assistanceCases;
    expect(ids(seen)).toEqual([mine.id]);
    expect(dataOf(await sg.query(ONE, { id: mine.id }, partner('MEITUAN', workerId))).assistanceCase.id).toBe(mine.id);
    const wangCases = dataOf(await sg.query(LIST, { first: 100 }, partner('MEITUAN', wang))).assistanceCases;
    expect(wangCases.every((x: { worker: { id: string } }) => x.worker.id === wang)).toBe(true);
    expect(ids(wangCases)).not.toContain(mine.id);
    expect(errorCodes(await sg.query(ONE, { id: mine.id }, partner('MEITUAN', wang)))).toEqual(['FORBIDDEN']);
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
