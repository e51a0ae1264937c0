import type { Database } from '@nef/kit';
import { GatePass, type GatePassRow } from '../entities';
import { MAX_PASS_CODE_CHARS, normalizePassCode } from '../rules/gate-pass';

/** Query.gatePass: the pass a scanned code names (case ignored), or null. */
export async function gatePassByCode(db: Database, scanned: string): Promise<GatePassRow | null> {
  const code = normalizePassCode(scanned);
  if (code.length === 0 || code.length > MAX_PASS_CODE_CHARS) return null;
  return db.manager.findOne(GatePass, { where: { code } });
}
