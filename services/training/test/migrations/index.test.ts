import { startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Course, Enrollment } from '../../src/entities';
import { service } from '../../src/server';

const ALL_TABLES = ['attendances', 'course_request_votes', 'course_requests', 'course_sessions', 'courses', 'enrollments', 'subsidy_accounts', 'subsidy_movements'];
const DOMAIN_TABLES = ALL_TABLES.filter((t) => !t.startsWith('subsidy_'));

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const tables = async () => {
  const runner = sg.db.dataSource.createQueryRunner();
  try {
    return (await runner.getTables(ALL_TABLES)).map((t) => t.name.split('.').pop()).sort();
  } finally {
    await runner.release();
  }
};

const indexNames = async (table: string) => {
  const runner = sg.db.dataSource.createQueryRunner();
  try {
    return (await runner.getTable(table))!.indices.map((i) => i.name);
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
      expect(enrollments.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['seated_at', 'holder_name_masked']));
      const uniqueOf = async (table: string) =>
        (await runner.getTable(table))!.indices.filter((i) => i.isUnique).map((i) => i.columnNames.join(','));
      expect(await uniqueOf('attendances')).toEqual(['enrollment_id,session_id']);
      expect(await uniqueOf('course_requests')).toEqual(['open_key']);
      expect(await uniqueOf('course_request_votes')).toEqual(['request_id,worker_id']);
      const sessions = (await runner.getTable('course_sessions'))!;
      expect(sessions.indices.map((i) => i.columnNames.join(',')).sort()).toEqual(['course_id', 'station_id,starts_at']);
      // What District.trainingMetrics reads at city scale.
      expect(enrollments.indices.map((i) => i.columnNames.join(','))).toEqual(
        expect.arrayContaining(['course_id,status,seated_at', 'course_id,status,completed_at,certificate_no']),
      );
      const courses = (await runner.getTable('courses'))!;
      expect(courses.indices.map((i) => i.columnNames.join(','))).toEqual(expect.arrayContaining(['district_code,category', 'street_code']));
      expect(courses.columns.map((c) => c.name)).toContain('street_code');
    } finally {
      await runner.release();
    }
  });

  it('undo cleanly, one at a time, keeping first-slice rows, and apply again', async () => {
    expect(await tables()).toEqual(ALL_TABLES);
    const enrolments = await sg.db.manager.count(Enrollment);
    const columns = async () => {
      const runner = sg.db.dataSource.createQueryRunner();
      try {
        return (await runner.getTable('enrollments'))!.columns.map((c) => c.name);
      } finally {
        await runner.release();
      }
    };
    const courseColumns = async () => {
      const runner = sg.db.dataSource.createQueryRunner();
      try {
        return (await runner.getTable('courses'))!.columns.map((c) => c.name);
      } finally {
        await runner.release();
      }
    };
    const courses = await sg.db.manager.count(Course);
    await sg.db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await courseColumns()).not.toContain('street_code');
    expect(await indexNames('courses')).not.toContain('idx_courses_street');
    expect(Number((await sg.db.dataSource.query('SELECT COUNT(*) AS n FROM courses'))[0].n)).toBe(courses);
    expect(await tables()).toEqual(ALL_TABLES);
    await sg.db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(DOMAIN_TABLES);
    expect(await columns()).not.toContain('subsidy_cents');
    expect(await columns()).toContain('certificate_revoked_at');
    await sg.db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await columns()).not.toContain('certificate_revoked_at');
    await sg.db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(DOMAIN_TABLES);
    expect(await indexNames('enrollments')).not.toContain('idx_enrollments_course_seated');
    await sg.db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['course_sessions', 'courses', 'enrollments']);
    expect(Number((await sg.db.dataSource.query('SELECT COUNT(*) AS n FROM enrollments'))[0].n)).toBe(enrolments);
    await sg.db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    await sg.db.dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(ALL_TABLES);
    expect(await courseColumns()).toContain('street_code');
  });
});
