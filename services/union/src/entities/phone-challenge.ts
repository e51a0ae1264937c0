import { EntitySchema } from 'typeorm';
import { idColumn, timeColumn } from './columns';

/**
 * A one-time code sent to a phone so that the person holding it confirms a platform's request:
 * to register them, or to link the platform's account to the worker the phone belongs to. What
 * the platform sent is kept here until the code is confirmed; nothing is created or linked
 * before. Whether the phone was already known is decided only at confirmation and never told
 * to the platform before it.
 */
export interface PhoneChallengeRow {
  id: string;
  platformCode: string;
  externalId: string;
  phoneHash: string;
  phoneEnc: string;
  /** What the platform gave to register a new worker (unused when the phone is known). */
  name: string;
  occupation: string;
  districtCode: string;
  streetCode: string | null;
  scopes: string;
  /** Keyed hash of the code, never the code. */
  codeHash: string;
  createdAt: Date;
  expiresAt: Date;
  /** Wrong codes tried so far. */
  attempts: number;
  confirmedAt: Date | null;
  /** The worker the confirmed challenge registered or linked. */
  workerId: string | null;
  requestedBy: string;
  /**
   * What the code allows: LINK (requestWorkerConsent: link an account, record a consent) or CLOSE
   * (requestAccountClosure: the platform may have the worker's account closed). A code of one
   * purpose never opens the other.
   */
  purpose: ChallengePurpose;
}

export type ChallengePurpose = 'LINK' | 'CLOSE';

export const PhoneChallengeEntity = new EntitySchema<PhoneChallengeRow>({
  name: 'PhoneChallenge',
  tableName: 'phone_challenges',
  columns: {
    id: idColumn('id', true),
    platformCode: { name: 'platform_code', type: 'varchar', length: 32 },
    externalId: { name: 'external_id', type: 'varchar', length: 64 },
    phoneHash: { name: 'phone_hash', type: 'varchar', length: 64 },
    phoneEnc: { name: 'phone_enc', type: 'varchar', length: 128 },
    name: { name: 'name', type: 'varchar', length: 100 },
    occupation: { name: 'occupation', type: 'varchar', length: 24 },
    districtCode: { name: 'district_code', type: 'varchar', length: 12 },
    streetCode: { name: 'street_code', type: 'varchar', length: 12, nullable: true },
    scopes: { name: 'scopes', type: 'varchar', length: 200 },
    codeHash: { name: 'code_hash', type: 'varchar', length: 64 },
    createdAt: timeColumn('created_at'),
    expiresAt: timeColumn('expires_at'),
    attempts: { name: 'attempts', type: 'int' },
    confirmedAt: timeColumn('confirmed_at', true),
    workerId: { name: 'worker_id', type: 'varchar', length: 36, nullable: true },
    requestedBy: { name: 'requested_by', type: 'varchar', length: 120 },
    purpose: { name: 'purpose', type: 'varchar', length: 16, default: 'LINK' },
  },
  indices: [{ name: 'IDX_phone_challenges_phone_created', columns: ['phoneHash', 'createdAt'] }],
});
