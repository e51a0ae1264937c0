import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { beijingDay, bulkInsertValues, dateOf } from '@nef/kit';

/**
 * The rollups District.unionMetrics reads (see rules/metric-rollups), filled from the rows already
 * there: counts per district by membership status, by occupation and platform of ACTIVE
 * members, by case status, and memberships per Beijing day of joining.
 */
export class UnionMetricRollups1764400000000 implements MigrationInterface {
  name = 'UnionMetricRollups1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'union_district_counts',
        columns: [
          { name: 'district_code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'metric', type: 'varchar', length: '16', isPrimary: true },
          { name: 'label', type: 'varchar', length: '32', isPrimary: true },
          { name: 'count', type: 'int' },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'union_join_days',
        columns: [
          { name: 'district_code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'count', type: 'int' },
        ],
      }),
      true,
    );

    const insert = 'INSERT INTO union_district_counts (district_code, metric, label, `count`)';
    await q.query(
      `${insert} SELECT w.district_code, 'status', m.status, COUNT(*) FROM memberships m ` +
        'INNER JOIN workers w ON w.id = m.worker_id GROUP BY w.district_code, m.status',
    );
    await q.query(
      `${insert} SELECT w.district_code, 'occupation', w.occupation, COUNT(*) FROM memberships m ` +
        "INNER JOIN workers w ON w.id = m.worker_id WHERE m.status = 'ACTIVE' GROUP BY w.district_code, w.occupation",
    );
    await q.query(
      `${insert} SELECT w.district_code, 'platform', pa.platform_code, COUNT(*) FROM memberships m ` +
        'INNER JOIN workers w ON w.id = m.worker_id INNER JOIN platform_accounts pa ON pa.worker_id = m.worker_id ' +
        "WHERE m.status = 'ACTIVE' GROUP BY w.district_code, pa.platform_code",
    );
    await q.query(
      `${insert} SELECT w.district_code, 'case_status', c.status, COUNT(*) FROM assistance_cases c ` +
        'INNER JOIN workers w ON w.id = c.worker_id GROUP BY w.district_code, c.status',
    );

    // Days are bucketed here rather than in SQL, where the two engines' date functions differ.
    const joins: { code: string; joinedAt: string | Date }[] = await q.query(
      'SELECT w.district_code AS code, m.joined_at AS joinedAt FROM memberships m INNER JOIN workers w ON w.id = m.worker_id',
    );
    const days = new Map<string, number>();
    for (const { code, joinedAt } of joins) {
      // SQLite gives the stored UTC text, MySQL a Date.
      const key = `${code}\u0000${beijingDay(dateOf(joinedAt))}`;
      days.set(key, (days.get(key) ?? 0) + 1);
    }
    const rows = [...days].map(([key, n]) => [...key.split('\u0000'), n]);
    await bulkInsertValues(q.manager, 'union_join_days', ['district_code', 'day', 'count'], rows);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('union_join_days', true);
    await q.dropTable('union_district_counts', true);
  }
}
