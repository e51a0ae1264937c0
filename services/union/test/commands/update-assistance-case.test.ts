import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { AssistanceCaseEntity, CaseStatusChangeEntity } from '../../src/entities';
import { service } from '../../src/server';
import { admin, dashboard, partner, stationsOperator, unionOperator } from '../support';
import { UPDATE, caseHelpers } from '../support/cases';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const { newMeituanWorker, opened } = caseHelpers(() => sg);

describe('case status', () => {
  it('moves through legal statuses with a history, setting resolvedAt on resolving', async () => {
    const c = await opened(await newMeituanWorker());
    dataOf(await sg.query(UPDATE, { id: c.id, status: 'IN_PROGRESS' }, unionOperator));
    const resolved = dataOf(await sg.query(UPDATE, { id: c.id, status: 'RESOLVED' }, unionOperator)).updateAssistanceCase;
    expect(resolved.resolvedAt).not.toBeNull();
    const reopened = dataOf(await sg.query(UPDATE, { id: c.id, status: 'IN_PROGRESS' }, admin)).updateAssistanceCase;
    expect(reopened.resolvedAt).toBeNull();
    dataOf(await sg.query(UPDATE, { id: c.id, status: 'RESOLVED' }, admin));
    const closed = dataOf(await sg.query(UPDATE, { id: c.id, status: 'CLOSED' }, admin)).updateAssistanceCase;
    expect(closed.resolvedAt).not.toBeNull();
    expect(closed.history.map((h: { status: string }) => h.status)).toEqual(['OPEN', 'IN_PROGRESS', 'RESOLVED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
  });

  it('refuses illegal moves with CONFLICT, changing nothing; the same status is a no-op', async () => {
    const c = await opened(await newMeituanWorker());
    dataOf(await sg.query(UPDATE, { id: c.id, status: 'IN_PROGRESS' }, admin));
    expect(errorCodes(await sg.query(UPDATE, { id: c.id, status: 'OPEN' }, admin))).toEqual(['CONFLICT']);
    dataOf(await sg.query(UPDATE, { id: c.id, status: 'IN_PROGRESS' }, admin));
    dataOf(await sg.query(UPDATE, { id: c.id, status: 'CLOSED' }, admin));
    for (const status of ['OPEN', 'IN_PROGRESS', 'RESOLVED']) {
      expect(errorCodes(await sg.query(UPDATE, { id: c.id, status }, admin))).toEqual(['CONFLICT']);
    }
    const row = await sg.db.manager.findOneByOrFail(AssistanceCaseEntity, { id: c.id });
    expect(row).toMatchObject({ status: 'CLOSED', resolvedAt: null });
    expect(await sg.db.manager.count(CaseStatusChangeEntity, { where: { caseId: c.id } })).toBe(3);
  });

  it('is for union staff only: the partner, dashboards and others are refused', async () => {
    const workerId = await newMeituanWorker();
    const c = await opened(workerId);
    for (const p of [partner('MEITUAN', workerId), dashboard, stationsOperator, undefined]) {
      expect(errorCodes(await sg.query(UPDATE, { id: c.id, status: 'IN_PROGRESS' }, p))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await sg.query(UPDATE, { id: newId(), status: 'IN_PROGRESS' }, admin))).toEqual(['NOT_FOUND']);
  });

  it('applies one of two concurrent conflicting moves', async () => {
    const c = await opened(await newMeituanWorker());
    const results = await Promise.all(
      ['IN_PROGRESS', 'CLOSED', 'IN_PROGRESS', 'CLOSED'].map((status) => sg.query(UPDATE, { id: c.id, status }, admin)),
    );
    const row = await sg.db.manager.findOneByOrFail(AssistanceCaseEntity, { id: c.id });
    const changes = await sg.db.manager.find(CaseStatusChangeEntity, { where: { caseId: c.id }, order: { at: 'ASC', id: 'ASC' } });
    expect(changes[changes.length - 1]!.status).toBe(row.status);
    expect(results.flatMap(errorCodes).every((code) => code === 'CONFLICT')).toBe(true);
    expect(changes.length).toBeLessThanOrEqual(3);
  });
});
