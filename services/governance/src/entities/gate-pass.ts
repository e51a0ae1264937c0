import { EntitySchema } from 'typeorm';

export interface GatePassRow {
  id: string;
  code: string;
  workerId: string;
  communityId: string;
  issuedAt: Date;
  expiresAt: Date;
  /** The name the worker gave when registering at the community; shown masked at the gate. Null for passes issued without registration. */
  holderName: string | null;
  /** The platform the worker registered through (e.g. MEITUAN); null when unknown. */
  platform: string | null;
  /** When a community operator revoked it; a revoked pass lets no one in. */
  revokedAt: Date | null;
  revocationReason: string | null;
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
    holderName: { name: 'holder_name', type: 'varchar', length: 200, nullable: true },
    platform: { type: 'varchar', length: 32, nullable: true },
    revokedAt: { name: 'revoked_at', type: 'datetime', precision: 3, nullable: true },
    revocationReason: { name: 'revocation_reason', type: 'varchar', length: 2000, nullable: true },
  },
});
