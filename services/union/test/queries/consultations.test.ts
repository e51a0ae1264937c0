import { nameId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin, dashboard, partner, stationsOperator, unionOperator } from '../support';
import { LIST, ONE, consultationHelpers } from '../support/consultations';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const { recorded } = consultationHelpers(() => sg);

describe('who sees consultations and their progress', () => {
  const demo = nameId('demo:consultation:meituan-chaoyang-2025');

  it('shows partners their own platform’s, with progress, and refuses another platform’s', async () => {
    const own = dataOf(await sg.query(LIST, {}, partner('MEITUAN'))).consultations;
    expect(own.map((c: { id: string }) => c.id)).toContain(demo);
    expect(own.every((c: { platform: { code: string } }) => c.platform.code === 'MEITUAN')).toBe(true);
    const care = own.find((c: { id: string }) => c.id === demo);
    expect(care.progress).toEqual({ agreed: 4, done: 2, inProgress: 1, dropped: 1, ratio: 0.5 });
    expect(care.measures[0].history.map((h: { actor: string }) => h.actor)).toEqual(['demo', 'demo', 'demo']);
    expect(errorCodes(await sg.query(LIST, { platform: 'MEITUAN' }, partner('ELEME')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(ONE, { id: demo }, partner('ELEME')))).toEqual(['FORBIDDEN']);
    expect(dataOf(await sg.query(LIST, {}, partner('DIDI'))).consultations).toEqual([]);
  });

  it('shows admins and union operators every platform’s, filtered by platform when asked', async () => {
    await recorded();
    for (const p of [admin, unionOperator]) {
      const all = dataOf(await sg.query(LIST, { first: 100 }, p)).consultations;
      expect(new Set(all.map((c: { platform: { code: string } }) => c.platform.code))).toEqual(new Set(['MEITUAN', 'ELEME']));
      const meituan = dataOf(await sg.query(LIST, { platform: 'MEITUAN' }, p)).consultations;
      expect(meituan.map((c: { id: string }) => c.id)).toEqual([demo]);
    }
  });

  it('lists most recent first, at most first', async () => {
    await recorded({ heldAt: '2024-01-01T00:00:00Z', title: '旧的恳谈会' });
    const list = dataOf(await sg.query(LIST, { platform: 'ELEME', first: 100 }, admin)).consultations;
    const times = list.map((c: { heldAt: string }) => new Date(c.heldAt).getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(dataOf(await sg.query(LIST, { platform: 'ELEME', first: 1 }, admin)).consultations).toHaveLength(1);
    expect(errorCodes(await sg.query(LIST, { first: 101 }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses dashboards, anonymous callers and other domains’ operators', async () => {
    for (const p of [dashboard, stationsOperator, undefined]) {
      expect(errorCodes(await sg.query(LIST, {}, p))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await sg.query(ONE, { id: demo }, p))).toEqual(['FORBIDDEN']);
    }
  });

  it('loads measures and their histories in batches: 1 consultation or many cost the same', async () => {
    for (let i = 0; i < 6; i++) await recorded({ title: `批量恳谈会${i}` });
    const count = async (first: number) => {
      const before = sg.db.statements;
      const list = dataOf(await sg.query(LIST, { platform: 'ELEME', first }, admin)).consultations;
      expect(list).toHaveLength(first);
      return sg.db.statements - before;
    };
    expect(await count(6)).toBe(await count(1));
  });
});
