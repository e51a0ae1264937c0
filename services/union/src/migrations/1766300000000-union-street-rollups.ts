import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { beijingDay, bulkInsertValues, dateOf } from '@nef/kit';

/**
 * The street rollups Region.unionMetrics reads for a street (see rules/metric-rollups): the
 * district rollups' counts and join days by the worker's street code, filled from the rows
 * already there (workers that name a street).
 */
export class UnionStreetRollups1766300000000 implements MigrationInterface {
  name = 'UnionStreetRollups1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'union_street_counts',
        columns: [
          { name: 'street_code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'metric', type: 'varchar', length: '16', isPrimary: true },
          { name: 'label', type: 'varchar', length: '32', isPrimary: true },
          { name: 'count', type: 'int' },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'union_street_join_days',
        columns: [
          { name: 'street_code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'count', type: 'int' },
        ],
      }),
      true,
    );

    const insert = 'INSERT INTO union_street_counts (street_code, metric, label, `count`)';
    const located = 'w.street_code IS NOT NULL';
    await q.query(
      `${insert} SELECT w.street_code, 'status', m.status, COUNT(*) FROM memberships m ` +
        `INNER JOIN workers w ON w.id = m.worker_id WHERE ${located} GROUP BY w.street_code, m.status`,
    );
    await q.query(
      `${insert} SELECT w.street_code, 'occupation', w.occupation, COUNT(*) FROM memberships m ` +
        `INNER JOIN workers w ON w.id = m.worker_id WHERE ${located} AND m.status = 'ACTIVE' GROUP BY w.street_code, w.occupation`,
    );
    await q.query(
      `${insert} SELECT w.street_code, 'platform', pa.platform_code, COUNT(*) FROM memberships m ` +
        'INNER JOIN workers w ON w.id = m.worker_id INNER JOIN platform_accounts pa ON pa.worker_id = m.worker_id ' +
        `WHERE ${located} AND m.status = 'ACTIVE' GROUP BY w.street_code, pa.platform_code`,
    );
    await q.query(
      `${insert} SELECT w.street_code, 'case_status', c.status, COUNT(*) FROM assistance_cases c ` +
        `INNER JOIN workers w ON w.id = c.worker_id WHERE ${located} GROUP BY w.street_code, c.status`,
    );

    // Days are bucketed here rather than in SQL, where the two engines' date functions differ.
    const joins: { code: string; joinedAt: string | Date }[] = await q.query(
      `SELECT w.street_code AS code, m.joined_at AS joinedAt FROM memberships m INNER JOIN workers w ON w.id = m.worker_id WHERE ${located}`,
    );
    const days = new Map<string, number>();
    for (const { code, joinedAt } of joins) {
      // SQLite gives the stored UTC text, MySQL a Date.
      const key = `${code}\u0000${beijingDay(dateOf(joinedAt))}`;
      days.set(key, (days.get(key) ?? 0) + 1);
    }
    const rows = [...days].map(([key, n]) => [...key.split('\u0000'), n]);
    await bulkInsertValues(q.manager, 'union_street_join_days', ['street_code', 'day', 'count'], rows);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('union_street_join_days', true);
    await q.dropTable('union_street_counts', true);
  }
}
