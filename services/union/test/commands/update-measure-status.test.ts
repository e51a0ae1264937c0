import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { AgreedMeasureEntity, MeasureStatusChangeEntity } from '../../src/entities';
import { service } from '../../src/server';
import { admin, dashboard, partner, stationsOperator, unionOperator } from '../support';
import { ONE, UPDATE, consultationHelpers } from '../support/consultations';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const { recorded } = consultationHelpers(() => sg);

describe('measure status', () => {
  it('records each change with its time and moves the progress', async () => {
    const c = await recorded();
    const [a, b, d] = c.measures.map((m: { id: string }) => m.id);
    const started = dataOf(await sg.query(UPDATE, { id: a, status: 'IN_PROGRESS' }, unionOperator)).updateMeasureStatus;
    expect(started.history.map((h: { status: string }) => h.status)).toEqual(['AGREED', 'IN_PROGRESS']);
    dataOf(await sg.query(UPDATE, { id: a, status: 'DONE' }, admin));
    dataOf(await sg.query(UPDATE, { id: d, status: 'DROPPED' }, admin));
    const done = dataOf(await sg.query(UPDATE, { id: b, status: 'DONE' }, admin)).updateMeasureStatus;
    expect(done.status).toBe('DONE');
    const changes = await sg.db.manager.find(MeasureStatusChangeEntity, { where: { measureId: a }, order: { at: 'ASC' } });
    expect(changes.map((ch) => ch.status)).toEqual(['AGREED', 'IN_PROGRESS', 'DONE']);
    expect(changes[2]!.at.getTime()).toBeGreaterThanOrEqual(changes[1]!.at.getTime());
    const progress = dataOf(await sg.query(ONE, { id: c.id }, partner('ELEME'))).consultation.progress;
    expect(progress).toEqual({ agreed: 2, done: 2, ratio: 1 });
  });

  it('refuses an illegal move with CONFLICT and changes nothing; the same status is a no-op', async () => {
    const c = await recorded();
    const id = c.measures[0].id;
    dataOf(await sg.query(UPDATE, { id, status: 'DONE' }, admin));
    expect(errorCodes(await sg.query(UPDATE, { id, status: 'DROPPED' }, admin))).toEqual(['CONFLICT']);
    const same = dataOf(await sg.query(UPDATE, { id, status: 'DONE' }, admin)).updateMeasureStatus;
    expect(same.history).toHaveLength(2);
    expect((await sg.db.manager.findOneByOrFail(AgreedMeasureEntity, { id })).status).toBe('DONE');
  });

  it('is NOT_FOUND for an unknown measure and FORBIDDEN for partners and others', async () => {
    const c = await recorded();
    expect(errorCodes(await sg.query(UPDATE, { id: newId(), status: 'DONE' }, admin))).toEqual(['NOT_FOUND']);
    for (const p of [partner('ELEME'), dashboard, stationsOperator, undefined]) {
      expect(errorCodes(await sg.query(UPDATE, { id: c.measures[0].id, status: 'DONE' }, p))).toEqual(['FORBIDDEN']);
    }
  });
});
