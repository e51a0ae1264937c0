import type { ApolloServerPlugin } from '@apollo/server';
import { EntitySchema, Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { Database } from './db/database';
import { ErrorCode, GENERIC_MESSAGE, forbidden } from './errors';
import { isRetryableLockError, isUnavailableError } from './db/failures';
import { newId } from './ids';
import type { Logger } from './logger';
import { decodeCursor, pageSize, toConnection } from './pagination';
import type { Principal } from './principal';

/** One read of personal data at full precision: who read what, when. */
export interface AuditRow {
  id: string;
  at: Date;
  role: string;
  keyId: string | null;
  platform: string | null;
  actingWorkerId: string | null;
  /** The field read, e.g. `Worker.phone`. */
  field: string;
  subjectType: string;
  subjectId: string;
  requestId: string | null;
}

export const AuditEntity = new EntitySchema<AuditRow>({
  name: 'AuditEntry',
  tableName: 'audit_log',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    at: { type: 'datetime', precision: 3 },
    role: { type: 'varchar', length: 16 },
    keyId: { name: 'key_id', type: 'varchar', length: 100, nullable: true },
    platform: { type: 'varchar', length: 32, nullable: true },
    actingWorkerId: { name: 'acting_worker_id', type: 'varchar', length: 36, nullable: true },
    field: { type: 'varchar', length: 100 },
    subjectType: { name: 'subject_type', type: 'varchar', length: 50 },
    subjectId: { name: 'subject_id', type: 'varchar', length: 64 },
    requestId: { name: 'request_id', type: 'varchar', length: 64, nullable: true },
  },
});

/**
 * Creates audit_log in every service's database (the kit appends this migration to each
 * service's list). Triggers refuse UPDATE and DELETE, so the log is append-only even for
 * code that tries otherwise.
 */
export class KitAuditLog1700000000000 implements MigrationInterface {
  name = 'KitAuditLog1700000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'at', type: 'datetime', precision: 3 },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'key_id', type: 'varchar', length: '100', isNullable: true },
          { name: 'platform', type: 'varchar', length: '32', isNullable: true },
          { name: 'acting_worker_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'field', type: 'varchar', length: '100' },
          { name: 'subject_type', type: 'varchar', length: '50' },
          { name: 'subject_id', type: 'varchar', length: '64' },
          { name: 'request_id', type: 'varchar', length: '64', isNullable: true },
        ],
      }),
      true,
    );
    await q.createIndex('audit_log', new TableIndex({ name: 'idx_audit_subject', columnNames: ['subject_id', 'at'] }));
    await q.createIndex('audit_log', new TableIndex({ name: 'idx_audit_key', columnNames: ['key_id', 'at'] }));
    if (q.connection.options.type === 'mysql') {
      for (const op of ['UPDATE', 'DELETE']) {
        await q.query(
          `CREATE TRIGGER audit_log_no_${op.toLowerCase()} BEFORE ${op} ON audit_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only'`,
        );
      }
    } else {
      for (const op of ['UPDATE', 'DELETE']) {
        await q.query(
          `CREATE TRIGGER audit_log_no_${op.toLowerCase()} BEFORE ${op} ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS audit_log_no_update');
    await q.query('DROP TRIGGER IF EXISTS audit_log_no_delete');
    await q.dropTable('audit_log', true);
  }
}

/** What a resolver says it disclosed. */
export interface AuditRecord {
  field: string;
  subjectType: string;
  subjectId: string;
}

/** The records of one request, written together before its response leaves. */
export class AuditTrail {
  private readonly records: AuditRecord[] = [];

  constructor(
    private readonly principal: Principal,
    private readonly requestId: string | null,
  ) {}

  record(entry: AuditRecord): void {
    this.records.push(entry);
  }

  /** The rows to write; one per distinct (field, subject) in the request. */
  rows(now = new Date()): AuditRow[] {
    const seen = new Set<string>();
    const rows: AuditRow[] = [];
    for (const r of this.records) {
      const key = `${r.field}\u0000${r.subjectType}\u0000${r.subjectId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({
        id: newId(),
        at: now,
        role: this.principal.role,
        keyId: this.principal.keyId ?? null,
        platform: this.principal.platform ?? null,
        actingWorkerId: this.principal.workerId ?? null,
        field: r.field,
        subjectType: r.subjectType,
        subjectId: r.subjectId,
        requestId: this.requestId,
      });
    }
    return rows;
  }
}

/**
 * Writes each request's audit rows before the response is sent. If they cannot be written,
 * the data is withheld: personal data never leaves without its record.
 */
export function auditPlugin(db: Database, log: Logger): ApolloServerPlugin<{ audit: AuditTrail }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(ctx) {
          const rows = ctx.contextValue.audit.rows();
          if (rows.length === 0) return;
          try {
            await db.transaction((em) => em.insert(AuditEntity, rows));
          } catch (err) {
            log.error({ err }, 'audit rows could not be written; response withheld');
            if (ctx.response.body.kind === 'single') {
              const result = ctx.response.body.singleResult;
              // One error per root field withheld, at its path; a database that is away is
              // SERVICE_UNAVAILABLE (retryable), anything else an internal error.
              const unavailable = isUnavailableError(err) || isRetryableLockError(err);
              const error = unavailable
                ? { message: 'personal data withheld: its audit record could not be written; try again', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true } }
                : { message: GENERIC_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
              const keys = Object.keys(result.data ?? {});
              result.data = null;
              result.errors = keys.length ? keys.map((key) => ({ ...error, path: [key] })) : [error];
            }
          }
        },
      };
    },
  };
}

/** The resolver of a service's `<service>AuditLog` query: admins only, newest first. */
export async function readAuditLog(
  db: Database,
  principal: Principal,
  args: { first?: number | null; after?: string | null; subjectId?: string | null; keyId?: string | null; since?: Date | null },
) {
  if (principal.role !== 'admin') throw forbidden('only admins read the audit log');
  const first = pageSize(args.first);
  const after = decodeCursor(args.after);
  const base = () => {
    const qb = db.manager.getRepository(AuditEntity).createQueryBuilder('a');
    if (args.subjectId) qb.andWhere('a.subject_id = :subjectId', { subjectId: args.subjectId });
    if (args.keyId) qb.andWhere('a.key_id = :keyId', { keyId: args.keyId });
    if (args.since) qb.andWhere('a.at >= :since', { since: args.since });
    return qb;
  };
  const page = base().orderBy('a.id', 'DESC').take(first + 1);
  if (after) page.andWhere('a.id < :after', { after });
  const [rows, total] = await Promise.all([page.getMany(), base().getCount()]);
  return toConnection(rows, first, (r) => r.id, total);
}
