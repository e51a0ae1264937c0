import { EntitySchema } from 'typeorm';
import { idColumn, timeColumn } from './columns';

/**
 * A worker's consent that a platform holds their account and acts for them (PIPL art. 23): who
 * gave it, to which platform, for what, when and how; and when it was withdrawn, by whom. Kept
 * after revocation as the record of what was allowed when.
 */
export interface ConsentRow {
  id: string;
  workerId: string;
  platformCode: string;
  /** ConsentScope values, comma-separated, in the enum's order. */
  scopes: string;
  /** How the worker gave it: SMS_CODE (a code sent to their phone), IN_PERSON (at a union desk). */
  method: string;
  /** The phone challenge the code was sent in (SMS_CODE). */
  challengeId: string | null;
  grantedAt: Date;
  /** Who recorded it (history-actor form: partner:MEITUAN, operator:union...). */
  grantedBy: string;
  revokedAt: Date | null;
  revokedBy: string | null;
}

export const ConsentEntity = new EntitySchema<ConsentRow>({
  name: 'Consent',
  tableName: 'consents',
  columns: {
    id: idColumn('id', true),
    workerId: idColumn('worker_id'),
    platformCode: { name: 'platform_code', type: 'varchar', length: 32 },
    scopes: { name: 'scopes', type: 'varchar', length: 200 },
    method: { name: 'method', type: 'varchar', length: 16 },
    challengeId: { name: 'challenge_id', type: 'varchar', length: 36, nullable: true },
    grantedAt: timeColumn('granted_at'),
    grantedBy: { name: 'granted_by', type: 'varchar', length: 120 },
    revokedAt: timeColumn('revoked_at', true),
    revokedBy: { name: 'revoked_by', type: 'varchar', length: 120, nullable: true },
  },
  indices: [{ name: 'IDX_consents_worker_platform', columns: ['workerId', 'platformCode'] }],
});
