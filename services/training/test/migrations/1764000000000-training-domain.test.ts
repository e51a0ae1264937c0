import { startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { nameId, newId } from '@nef/kit';
import { Enrollment } from '../../src/entities';
import { service } from '../../src/server';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

describe('TrainingDomain1764000000000', () => {
  it('give seats taken before the upgrade their enrolment time as seat time', async () => {
    // Back to the first slice (undoing the five migrations after it), with a seat and a waitlist place in it, then upgrade.
    for (let i = 0; i < 5; i++) await sg.db.dataSource.undoLastMigration({ transaction: 'each' });
    const course = nameId('demo:course:ebike-safety');
    const enrolledAt = '2026-03-01 12:00:00.000';
    const row = (id: string, worker: string, status: string) =>
      sg.db.dataSource.query(
        'INSERT INTO enrollments (id, course_id, worker_id, status, enrolled_at, completed_at, certificate_no, updated_at) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)',
        [id, course, worker, status, enrolledAt, enrolledAt],
      );
    const [seated, waiting] = [newId(), newId()];
    await row(seated, newId(), 'ENROLLED');
    await row(waiting, newId(), 'WAITLISTED');
    await sg.db.dataSource.runMigrations({ transaction: 'each' });
    expect((await sg.db.manager.findOneByOrFail(Enrollment, { id: seated })).seatedAt).toEqual(new Date('2026-03-01T12:00:00Z'));
    expect((await sg.db.manager.findOneByOrFail(Enrollment, { id: waiting })).seatedAt).toBeNull();
  });
});
