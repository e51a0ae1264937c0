import { newId, notFound, requireManager, type Database, type Principal } from '@nef/kit';
import { Community, GateEntry, GatePass, type GateEntryRow } from '../entities';
import { MAX_PASS_CODE_CHARS, normalizePassCode } from '../rules/gate-pass';
import { checkResult } from '../rules/gate-registration';
import { requireId } from '../rules/ids';

/**
 * checkGatePass: the guard scans a rider's code at a community's gate. Every check is written
 * to the community's entry log, whatever it finds, with the guard's key. Admins and governance
 * operators of the community's district (the guard's device holds such a key).
 */
export async function checkGatePass(db: Database, p: Principal, args: { communityId: string; code: string }, now: Date): Promise<GateEntryRow> {
  requireId('communityId', args.communityId);
  const scanned = normalizePassCode(args.code);
  // A code longer than any pass's names none; the log keeps its first 32 characters.
  const code = scanned.slice(0, MAX_PASS_CODE_CHARS);
  return db.transaction(async (em) => {
    const community = await em.findOne(Community, { where: { id: args.communityId } });
    if (!community) throw notFound(`no community with id ${args.communityId}`);
    requireManager(p, 'governance', community.districtCode);
    const pass = scanned.length > 0 && scanned.length <= MAX_PASS_CODE_CHARS ? await em.findOne(GatePass, { where: { code: scanned } }) : null;
    const row: GateEntryRow = {
      id: newId(),
      communityId: community.id,
      passId: pass?.id ?? null,
      code,
      result: checkResult(pass, community.id, now),
      checkedAt: now,
      checkedBy: p.keyId ?? null,
    };
    await em.insert(GateEntry, { ...row });
    return row;
  });
}
