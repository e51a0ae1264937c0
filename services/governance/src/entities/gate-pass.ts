import { EntitySchema } from 'typeorm';

export interface GatePassRow {
  id: string;
  code: string;
  workerId: string;
  communityId: string;
  issuedAt: Date;
  expiresAt: Date;
}

export const GatePass = new EntitySchema<GatePassRow>({
  name: 'GatePass',
  tableName: 'gate_passes',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 32 },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    communityId: { name: 'community_id', type: 'varchar', length: 36 },
    issuedAt: { name: 'issued_at', type: 'datetime', precision: 3 },
    expiresAt: { name: 'expires_at', type: 'datetime', precision: 3 },
  },
});
