import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
const time = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });

/**
 * Registration at a community's gate: the requests a community decides, the name and platform
 * a pass shows the guard, revocation, and the log of every check at the gate. Passes already
 * issued keep working, without a name.
 */
export class GateRegistration1764300000000 implements MigrationInterface {
  name = 'GateRegistration1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('gate_passes', [
      new TableColumn({ name: 'holder_name', type: 'varchar', length: '200', isNullable: true }),
      new TableColumn({ name: 'platform', type: 'varchar', length: '32', isNullable: true }),
      new TableColumn(time('revoked_at', true)),
      new TableColumn({ name: 'revocation_reason', type: 'varchar', length: '2000', isNullable: true }),
    ]);
    await q.createTable(
      new Table({
        name: 'gate_pass_requests',
        columns: [
          { ...id('id'), isPrimary: true },
          id('community_id'),
          id('worker_id'),
          { name: 'platform', type: 'varchar', length: '32', isNullable: true },
          { name: 'holder_name', type: 'varchar', length: '200' },
          { name: 'status', type: 'varchar', length: '16' },
          time('submitted_at'),
          time('decided_at', true),
          { name: 'decided_by', type: 'varchar', length: '100', isNullable: true },
          { name: 'refusal_reason', type: 'varchar', length: '2000', isNullable: true },
          id('pass_id', true),
        ],
      }),
      true,
    );
    // A community's queue by status; a worker's requests.
    await q.createIndex('gate_pass_requests', new TableIndex({ name: 'IDX_gate_pass_requests_community', columnNames: ['community_id', 'submitted_at'] }));
    await q.createIndex('gate_pass_requests', new TableIndex({ name: 'IDX_gate_pass_requests_worker', columnNames: ['worker_id', 'submitted_at'] }));
    await q.createTable(
      new Table({
        name: 'gate_entries',
        columns: [
          { ...id('id'), isPrimary: true },
          id('community_id'),
          id('pass_id', true),
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'result', type: 'varchar', length: '16' },
          time('checked_at'),
          { name: 'checked_by', type: 'varchar', length: '100', isNullable: true },
        ],
      }),
      true,
    );
    await q.createIndex('gate_entries', new TableIndex({ name: 'IDX_gate_entries_community_checked', columnNames: ['community_id', 'checked_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('gate_entries', true);
    await q.dropTable('gate_pass_requests', true);
    for (const c of ['revocation_reason', 'revoked_at', 'platform', 'holder_name']) await q.dropColumn('gate_passes', c);
  }
}
