import { EntitySchema } from 'typeorm';
import type { GateCheckResult } from '../rules/gate-registration';

/** One check of a code at a community's gate, whatever its result. */
export interface GateEntryRow {
  id: string;
  communityId: string;
  /** The pass the code named; null for a code that names none. */
  passId: string | null;
  /** The code as scanned (normalised, at most 32 characters). */
  code: string;
  result: GateCheckResult;
  checkedAt: Date;
  /** The API key id of the guard's device. */
  checkedBy: string | null;
}

export const GateEntry = new EntitySchema<GateEntryRow>({
  name: 'GateEntry',
  tableName: 'gate_entries',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    communityId: { name: 'community_id', type: 'varchar', length: 36 },
    passId: { name: 'pass_id', type: 'varchar', length: 36, nullable: true },
    code: { type: 'varchar', length: 32 },
    result: { type: 'varchar', length: 16 },
    checkedAt: { name: 'checked_at', type: 'datetime', precision: 3 },
    checkedBy: { name: 'checked_by', type: 'varchar', length: 100, nullable: true },
  },
});
