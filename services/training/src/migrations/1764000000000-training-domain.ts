import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const datetime = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });

/**
 * Attendance, certificates' masked holder names, seat dates (the subsidy year) and course
 * requests. Runs on databases that already hold first-slice data: seats taken then get their
 * enrolment time as seat time.
 */
export class TrainingDomain1764000000000 implements MigrationInterface {
  name = 'TrainingDomain1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('enrollments', [
      new TableColumn({ name: 'seated_at', type: 'datetime', precision: 3, isNullable: true }),
      new TableColumn({ name: 'holder_name_masked', type: 'varchar', length: '64', isNullable: true }),
    ]);
    await q.query('UPDATE enrollments SET seated_at = enrolled_at WHERE status IN (?, ?)', ['ENROLLED', 'COMPLETED']);
    await q.createIndex('enrollments', new TableIndex({ name: 'idx_enrollments_completed', columnNames: ['completed_at'] }));

    await q.createTable(
      new Table({
        name: 'attendances',
        columns: [
          id,
          { name: 'enrollment_id', type: 'varchar', length: '36' },
          { name: 'session_id', type: 'varchar', length: '36' },
          datetime('recorded_at'),
        ],
      }),
      true,
    );
    // One record per learner and session: what makes recordAttendance idempotent.
    await q.createIndex(
      'attendances',
      new TableIndex({ name: 'uq_attendances_enrollment_session', columnNames: ['enrollment_id', 'session_id'], isUnique: true }),
    );
    await q.createIndex('attendances', new TableIndex({ name: 'idx_attendances_session', columnNames: ['session_id'] }));

    await q.createTable(
      new Table({
        name: 'course_requests',
        columns: [
          id,
          { name: 'topic', type: 'varchar', length: '100' },
          { name: 'category', type: 'varchar', length: '32' },
          { name: 'district_code', type: 'varchar', length: '12' },
          { name: 'open_key', type: 'varchar', length: '160', isNullable: true },
          { name: 'requests', type: 'int' },
          datetime('opened_at', true),
          { name: 'fulfilled_by_course_id', type: 'varchar', length: '36', isNullable: true },
          datetime('fulfilled_at', true),
          datetime('created_at'),
          datetime('updated_at'),
        ],
      }),
      true,
    );
    // One open request per district, category and topic; fulfilled ones drop out (NULL) of it.
    await q.createIndex('course_requests', new TableIndex({ name: 'uq_course_requests_open_key', columnNames: ['open_key'], isUnique: true }));
    await q.createIndex(
      'course_requests',
      new TableIndex({ name: 'idx_course_requests_district', columnNames: ['district_code', 'requests'] }),
    );
    await q.createIndex(
      'course_requests',
      new TableIndex({ name: 'idx_course_requests_fulfilled_by', columnNames: ['fulfilled_by_course_id'] }),
    );

    await q.createTable(
      new Table({
        name: 'course_request_votes',
        columns: [
          id,
          { name: 'request_id', type: 'varchar', length: '36' },
          { name: 'worker_id', type: 'varchar', length: '36' },
          datetime('created_at'),
        ],
      }),
      true,
    );
    // One request per worker: what keeps the count honest under concurrent calls.
    await q.createIndex(
      'course_request_votes',
      new TableIndex({ name: 'uq_course_request_votes_request_worker', columnNames: ['request_id', 'worker_id'], isUnique: true }),
    );
    await q.createIndex('course_request_votes', new TableIndex({ name: 'idx_course_request_votes_worker', columnNames: ['worker_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    // Unconditional: TypeORM's "if exists" asks information_schema, which MariaDB can answer
    // empty while other sessions run DDL, and the drop would be skipped without a word.
    await q.dropTable('course_request_votes');
    await q.dropTable('course_requests');
    await q.dropTable('attendances');
    await q.dropIndex('enrollments', 'idx_enrollments_completed');
    await q.dropColumn('enrollments', 'holder_name_masked');
    await q.dropColumn('enrollments', 'seated_at');
  }
}
