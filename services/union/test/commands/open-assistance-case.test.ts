import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { AssistanceCaseEntity } from '../../src/entities';
import { service } from '../../src/server';
import { admin, dashboard, partner, stationsOperator } from '../support';
import { OPEN, caseHelpers, liNa, wang } from '../support/cases';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const { newMeituanWorker, opened } = caseHelpers(() => sg);

describe('opening cases', () => {
  it('lets a partner open a case for the worker it acts for, without naming the worker', async () => {
    const workerId = await newMeituanWorker();
    const c = dataOf(await sg.query(OPEN, { kind: 'WORK_INJURY', summary: ' 送餐途中摔伤 ' }, partner('MEITUAN', workerId))).openAssistanceCase;
    expect(c).toMatchObject({ kind: 'WORK_INJURY', status: 'OPEN', summary: '送餐途中摔伤', resolvedAt: null, worker: { id: workerId } });
    expect(c.worker.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(c.history).toEqual([expect.objectContaining({ status: 'OPEN', actor: 'partner:MEITUAN' })]);
  });

  it('lets union staff open a case for a worker they name, and requires the name', async () => {
    const c = await opened(liNa, 'HARDSHIP');
    expect(c.worker).toMatchObject({ id: liNa, phone: '13900139002' });
    expect(errorCodes(await sg.query(OPEN, { kind: 'HARDSHIP', summary: 'x' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(OPEN, { workerId: newId(), kind: 'HARDSHIP', summary: 'x' }, admin))).toEqual(['NOT_FOUND']);
  });

  it('refuses a partner naming another worker or acting for another platform’s worker, and other roles', async () => {
    const workerId = await newMeituanWorker();
    const before = await sg.db.manager.count(AssistanceCaseEntity);
    expect(errorCodes(await sg.query(OPEN, { workerId: wang, kind: 'HARDSHIP', summary: 'x' }, partner('MEITUAN', workerId)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(OPEN, { kind: 'HARDSHIP', summary: 'x' }, partner('ELEME', workerId)))).toEqual(['FORBIDDEN']);
    for (const p of [dashboard, stationsOperator, undefined]) {
      expect(errorCodes(await sg.query(OPEN, { workerId, kind: 'HARDSHIP', summary: 'x' }, p))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await sg.query(OPEN, { workerId, kind: 'HARDSHIP', summary: '  ' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(await sg.db.manager.count(AssistanceCaseEntity)).toBe(before);
  });
});
