import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const datetime = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });

export class TrainingInit1763900000000 implements MigrationInterface {
  name = 'TrainingInit1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'courses',
        columns: [
          id,
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'category', type: 'varchar', length: '32' },
          { name: 'mode', type: 'varchar', length: '16' },
          { name: 'provider', type: 'varchar', length: '100' },
          { name: 'description', type: 'text', isNullable: true },
          { name: 'district_code', type: 'varchar', length: '12', isNullable: true },
          { name: 'min_learners', type: 'int' },
          { name: 'capacity', type: 'int' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'certificate_name', type: 'varchar', length: '100', isNullable: true },
          { name: 'subsidy_cents', type: 'int' },
          { name: 'price_cents', type: 'int' },
          { name: 'required_sessions', type: 'int', isNullable: true },
          datetime('created_at'),
          datetime('updated_at'),
        ],
      }),
      true,
    );
    await q.createIndex('courses', new TableIndex({ name: 'idx_courses_district', columnNames: ['district_code'] }));
    await q.createIndex('courses', new TableIndex({ name: 'idx_courses_status', columnNames: ['status'] }));
    await q.createIndex('courses', new TableIndex({ name: 'idx_courses_category', columnNames: ['category'] }));

    await q.createTable(
      new Table({
        name: 'course_sessions',
        columns: [
          id,
          { name: 'course_id', type: 'varchar', length: '36' },
          datetime('starts_at'),
          datetime('ends_at'),
          { name: 'station_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'online_url', type: 'varchar', length: '500', isNullable: true },
        ],
      }),
      true,
    );
    await q.createIndex('course_sessions', new TableIndex({ name: 'idx_course_sessions_course', columnNames: ['course_id'] }));
    // A station's timetable (Station.upcomingSessions, the stationId filter) reads this index.
    await q.createIndex(
      'course_sessions',
      new TableIndex({ name: 'idx_course_sessions_station_start', columnNames: ['station_id', 'starts_at'] }),
    );

    await q.createTable(
      new Table({
        name: 'enrollments',
        columns: [
          id,
          { name: 'course_id', type: 'varchar', length: '36' },
          { name: 'worker_id', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '16' },
          datetime('enrolled_at'),
          datetime('completed_at', true),
          { name: 'certificate_no', type: 'varchar', length: '32', isNullable: true },
          datetime('updated_at'),
        ],
      }),
      true,
    );
    // One enrollment per worker and course: what makes `enroll` idempotent under concurrent calls.
    await q.createIndex(
      'enrollments',
      new TableIndex({ name: 'uq_enrollments_course_worker', columnNames: ['course_id', 'worker_id'], isUnique: true }),
    );
    await q.createIndex(
      'enrollments',
      new TableIndex({ name: 'uq_enrollments_certificate', columnNames: ['certificate_no'], isUnique: true }),
    );
    await q.createIndex('enrollments', new TableIndex({ name: 'idx_enrollments_worker', columnNames: ['worker_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('enrollments', true);
    await q.dropTable('course_sessions', true);
    await q.dropTable('courses', true);
  }
}
