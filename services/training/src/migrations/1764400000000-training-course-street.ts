import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A course may name the street or township (乡镇、街道, nine digits) of its district where it is
 * held, so that region figures can be read down to a street (Region.trainingMetrics counts a
 * street's courses by this column). Courses from before name none.
 */
export class TrainingCourseStreet1764400000000 implements MigrationInterface {
  name = 'TrainingCourseStreet1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('courses', new TableColumn({ name: 'street_code', type: 'varchar', length: '12', isNullable: true }));
    await q.createIndex('courses', new TableIndex({ name: 'idx_courses_street', columnNames: ['street_code'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('courses', 'idx_courses_street');
    await q.dropColumn('courses', 'street_code');
  }
}
