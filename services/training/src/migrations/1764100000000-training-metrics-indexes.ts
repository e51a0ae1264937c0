import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Indexes for District.trainingMetrics at city scale (hundreds of courses, tens of thousands of
 * enrolments a year). The metrics go from a district's courses to their enrolments; with these
 * each course's seats and completions in a period are a range of one index that holds every
 * column the counts read, so no enrolment row is visited, and a district's courses come in
 * category order, so grouping by category needs no sort.
 */
export class TrainingMetricsIndexes1764100000000 implements MigrationInterface {
  name = 'TrainingMetricsIndexes1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'courses',
      new TableIndex({ name: 'idx_courses_district_category', columnNames: ['district_code', 'category'] }),
    );
    // Seats taken in a period: ENROLLED or COMPLETED, by seat time.
    await q.createIndex(
      'enrollments',
      new TableIndex({ name: 'idx_enrollments_course_seated', columnNames: ['course_id', 'status', 'seated_at'] }),
    );
    // Completions in a period, and how many of them carry a certificate.
    await q.createIndex(
      'enrollments',
      new TableIndex({
        name: 'idx_enrollments_course_completed',
        columnNames: ['course_id', 'status', 'completed_at', 'certificate_no'],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('enrollments', 'idx_enrollments_course_completed');
    await q.dropIndex('enrollments', 'idx_enrollments_course_seated');
    await q.dropIndex('courses', 'idx_courses_district_category');
  }
}
