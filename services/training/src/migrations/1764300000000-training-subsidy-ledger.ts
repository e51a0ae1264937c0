import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The subsidy applied per enrolment: what each enrolment was to pay and was granted, the
 * member's branch when enrolling, a per-worker-per-year account that grants lock, and the grants
 * and returns for reconciliation per branch and month. Enrolments from before keep nulls.
 */
export class TrainingSubsidyLedger1764300000000 implements MigrationInterface {
  name = 'TrainingSubsidyLedger1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('enrollments', [
      new TableColumn({ name: 'price_cents', type: 'int', isNullable: true }),
      new TableColumn({ name: 'subsidy_cents', type: 'int', isNullable: true }),
      new TableColumn({ name: 'subsidy_status', type: 'varchar', length: '16', isNullable: true }),
      new TableColumn({ name: 'member_branch_id', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'member_branch_district_code', type: 'varchar', length: '12', isNullable: true }),
    ]);
    await q.createTable(
      new Table({
        name: 'subsidy_accounts',
        columns: [
          { name: 'worker_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'year', type: 'int', isPrimary: true },
          { name: 'used_cents', type: 'int' },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'subsidy_movements',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'enrollment_id', type: 'varchar', length: '36' },
          { name: 'worker_id', type: 'varchar', length: '36' },
          { name: 'course_id', type: 'varchar', length: '36' },
          { name: 'branch_id', type: 'varchar', length: '36' },
          { name: 'branch_district_code', type: 'varchar', length: '12', isNullable: true },
          { name: 'year', type: 'int' },
          { name: 'month', type: 'varchar', length: '7' },
          { name: 'amount_cents', type: 'int' },
          { name: 'at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({ name: 'idx_subsidy_movements_month_branch', columnNames: ['month', 'branch_id'] }),
          new TableIndex({ name: 'idx_subsidy_movements_enrollment', columnNames: ['enrollment_id'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('subsidy_movements');
    await q.dropTable('subsidy_accounts');
    for (const c of ['member_branch_district_code', 'member_branch_id', 'subsidy_status', 'subsidy_cents', 'price_cents']) await q.dropColumn('enrollments', c);
  }
}
