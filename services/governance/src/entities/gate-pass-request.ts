import { EntitySchema } from 'typeorm';
import type { GatePassRequestStatus } from '../rules/gate-registration';

/** A worker's registration at a community's gate, waiting for, or decided by, the community. */
export interface GatePassRequestRow {
  id: string;
  communityId: string;
  workerId: string;
  /** The platform the worker registered through; null when an operator filed it without one. */
  platform: string | null;
  /** The name the worker filled in. */
  holderName: string;
  status: GatePassRequestStatus;
  submittedAt: Date;
  decidedAt: Date | null;
  /** The API key id of whoever decided. */
  decidedBy: string | null;
  refusalReason: string | null;
  /** The pass issued (or extended) on approval. */
  passId: string | null;
}

export const GatePassRequest = new EntitySchema<GatePassRequestRow>({
  name: 'GatePassRequest',
  tableName: 'gate_pass_requests',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    communityId: { name: 'community_id', type: 'varchar', length: 36 },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    platform: { type: 'varchar', length: 32, nullable: true },
    holderName: { name: 'holder_name', type: 'varchar', length: 200 },
    status: { type: 'varchar', length: 16 },
    submittedAt: { name: 'submitted_at', type: 'datetime', precision: 3 },
    decidedAt: { name: 'decided_at', type: 'datetime', precision: 3, nullable: true },
    decidedBy: { name: 'decided_by', type: 'varchar', length: 100, nullable: true },
    refusalReason: { name: 'refusal_reason', type: 'varchar', length: 2000, nullable: true },
    passId: { name: 'pass_id', type: 'varchar', length: 36, nullable: true },
  },
});
