import { startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../src/service';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const tables = async () => {
  const runner = sg.db.dataSource.createQueryRunner();
  try {
    return (await runner.getTables(['courses', 'course_sessions', 'enrollments'])).map((t) => t.name.split('.').pop()).sort();
  } finally {
    await runner.release();
  }
};

describe('migrations', () => {
  it('create the tables with their unique and lookup indexes', async () => {
    const runner = sg.db.dataSource.createQueryRunner();
    try {
      const enrollments = (await runner.getTable('enrollments'))!;
      const unique = enrollments.indices.filter((i) => i.isUnique).map((i) => i.columnNames.join(','));
      expect(unique.sort()).toEqual(['certificate_no', 'course_id,worker_id']);
      const sessions = (await runner.getTable('course_sessions'))!;
      expect(sessions.indices.map((i) => i.columnNames.join(',')).sort()).toEqual(['course_id', 'station_id,starts_at']);
    } finally {
      await runner.release();
    }
  });

  it('undo cleanly and apply again', async () => {
    expect(await tables()).toEqual(['course_sessions', 'courses', 'enrollments']);
    await sg.db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    await sg.db.dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(['course_sessions', 'courses', 'enrollments']);
  });
});
