import { DAY_MS, newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { ConsultationEntity } from '../../src/entities';
import { demoBranchId } from '../../src/seed/demo';
import { service } from '../../src/server';
import { admin, dashboard, partner, stationsOperator, unionOperator } from '../support';
import { RECORD, consultationHelpers, input } from '../support/consultations';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const { recorded } = consultationHelpers(() => sg);

describe('recording consultations', () => {
  it('records the meeting and its measures, all AGREED with a first history row', async () => {
    const c = await recorded();
    expect(c).toMatchObject({ title: '海淀区快递员与饿了么恳谈会', workerRepresentatives: 12, platform: { code: 'ELEME' } });
    expect(c.measures.map((m: { category: string }) => m.category)).toEqual(['ALGORITHM', 'CARE', 'SAFETY']);
    expect(c.measures[0]).toMatchObject({ status: 'AGREED', dueAt: '2026-03-31T00:00:00.000Z', history: [{ status: 'AGREED', actor: 'operator:union:key-union-ops' }] });
    expect(c.progress).toEqual({ agreed: 3, done: 0, inProgress: 0, dropped: 0, ratio: 0 });
  });

  it('refuses bad input without writing anything', async () => {
    const before = await sg.db.manager.count(ConsultationEntity);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: ' ' }, 'BAD_USER_INPUT'],
      [{ workerRepresentatives: 0 }, 'BAD_USER_INPUT'],
      [{ heldAt: new Date(Date.now() + DAY_MS).toISOString() }, 'BAD_USER_INPUT'],
      [{ measures: [{ category: 'CARE', description: '' }] }, 'BAD_USER_INPUT'],
      [{ platform: 'NOPE' }, 'NOT_FOUND'],
      [{ branchId: newId() }, 'NOT_FOUND'],
    ];
    for (const [over, code] of cases) expect(errorCodes(await sg.query(RECORD, { input: input(over) }, admin))).toEqual([code]);
    expect(await sg.db.manager.count(ConsultationEntity)).toBe(before);
  });

  it('is for admins and union operators only (a district-limited one in its districts)', async () => {
    for (const p of [partner('ELEME'), dashboard, stationsOperator, undefined]) {
      expect(errorCodes(await sg.query(RECORD, { input: input() }, p))).toEqual(['FORBIDDEN']);
    }
    const chaoyangOnly = { ...unionOperator, districts: ['110105'] };
    expect(errorCodes(await sg.query(RECORD, { input: input() }, chaoyangOnly))).toEqual(['FORBIDDEN']);
    dataOf(await sg.query(RECORD, { input: input({ branchId: demoBranchId('chaoyang') }) }, chaoyangOnly));
  });
});
