import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Visits per district and Asia/Shanghai day: what District.stationMetrics sums, so that a
 * month of a 3,500-station district reads 30 rows instead of 105,000. Filled here from the
 * per-station rollup and kept in the same transaction as every visit after.
 */
export class StationsDistrictVisitDays1764500000000 implements MigrationInterface {
  name = 'StationsDistrictVisitDays1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'district_visit_days',
        columns: [
          { name: 'district_code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'count', type: 'int' },
        ],
      }),
      true,
    );
    await q.query(
      'INSERT INTO district_visit_days (district_code, day, count) SELECT district_code, day, SUM(count) FROM station_visit_days GROUP BY district_code, day',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('district_visit_days', true);
  }
}
