import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Certificates can be revoked with a reason, which the public check then shows. */
export class TrainingCertificateRevocation1764200000000 implements MigrationInterface {
  name = 'TrainingCertificateRevocation1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('enrollments', [
      new TableColumn({ name: 'certificate_revoked_at', type: 'datetime', precision: 3, isNullable: true }),
      new TableColumn({ name: 'certificate_revoked_reason', type: 'varchar', length: '200', isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('enrollments', 'certificate_revoked_reason');
    await q.dropColumn('enrollments', 'certificate_revoked_at');
  }
}
