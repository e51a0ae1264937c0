import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const id = (name = 'id', isPrimary = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary });
const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const time = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable });

/**
 * The worker's consent (PIPL art. 23): consents, the phone challenges that carry a one-time code
 * to the worker's phone, and the development SMS outbox. Assistance cases may name the platform
 * they are raised against (a wage dispute with it), which that platform then never reads.
 *
 * A challenge's `purpose` says what its code allows: LINK (the consent to link an account) or
 * CLOSE (the worker's word that a platform may close her account), so neither code opens the other.
 *
 * Accounts linked before consent was recorded get a consent row of method LEGACY (their link
 * time, every scope), so that the worker sees and can withdraw them like any other.
 */
export class UnionConsent1766400000000 implements MigrationInterface {
  name = 'UnionConsent1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'consents',
        columns: [
          id('id', true),
          id('worker_id'),
          str('platform_code', 32),
          str('scopes', 200),
          str('method', 16),
          str('challenge_id', 36, true),
          time('granted_at'),
          str('granted_by', 120),
          time('revoked_at', true),
          str('revoked_by', 120, true),
        ],
      }),
    );
    await q.createIndex('consents', new TableIndex({ name: 'IDX_consents_worker_platform', columnNames: ['worker_id', 'platform_code'] }));
    await q.createTable(
      new Table({
        name: 'phone_challenges',
        columns: [
          id('id', true),
          str('platform_code', 32),
          str('external_id', 64),
          str('phone_hash', 64),
          str('phone_enc', 128),
          str('name', 100),
          str('occupation', 24),
          str('district_code', 12),
          str('street_code', 12, true),
          str('scopes', 200),
          str('code_hash', 64),
          time('created_at'),
          time('expires_at'),
          { name: 'attempts', type: 'int' },
          time('confirmed_at', true),
          str('worker_id', 36, true),
          str('requested_by', 120),
          { name: 'purpose', type: 'varchar', length: '16', default: "'LINK'" },
        ],
      }),
    );
    await q.createIndex('phone_challenges', new TableIndex({ name: 'IDX_phone_challenges_phone_created', columnNames: ['phone_hash', 'created_at'] }));
    await q.createTable(
      new Table({
        name: 'sms_outbox',
        columns: [id('id', true), str('phone_hash', 64), str('phone_enc', 128), str('text', 500), time('created_at')],
      }),
    );
    await q.createIndex('sms_outbox', new TableIndex({ name: 'IDX_sms_outbox_phone_created', columnNames: ['phone_hash', 'created_at'] }));
    // One row per phone a code was asked for: what concurrent requests for one number lock, on
    // every instance of the service, so that its limits are counted one request after another.
    await q.createTable(new Table({ name: 'phone_code_locks', columns: [{ name: 'phone_hash', type: 'varchar', length: '64', isPrimary: true }] }));
    // ALTER TABLE rather than addColumn: on SQLite that rebuilds the table.
    await q.query('ALTER TABLE assistance_cases ADD COLUMN against_platform varchar(32) NULL');
    // Ids of the form legacy-<account id> fit 36 characters only if the account id is short; a
    // fresh id per row is made by the engine's own function instead.
    const uuid = q.connection.options.type === 'mysql' ? 'UUID()' : "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";
    await q.query(
      `INSERT INTO consents (id, worker_id, platform_code, scopes, method, challenge_id, granted_at, granted_by, revoked_at, revoked_by)
       SELECT ${uuid}, worker_id, platform_code, 'ACT_FOR_WORKER,SHARE_UNION_RECORDS', 'LEGACY', NULL, linked_at, 'system', NULL, NULL FROM platform_accounts`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE assistance_cases DROP COLUMN against_platform');
    await q.dropTable('phone_code_locks');
    await q.dropTable('sms_outbox');
    await q.dropTable('phone_challenges');
    await q.dropTable('consents');
  }
}
