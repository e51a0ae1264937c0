import { conflict, lockOne, notFound, requireManager, type Database, type Principal } from '@nef/kit';
import { Community, GatePass, type GatePassRow } from '../entities';
import { requireReason } from '../rules/gate-registration';
import { requireId } from '../rules/ids';

/**
 * revokeGatePass: a community stops a pass at once (a code passed around, a rider who left the
 * platform), with a reason. Admins and governance operators of the community's district.
 * Revoking twice is CONFLICT. The worker may register again; approval then issues a new code.
 */
export async function revokeGatePass(db: Database, p: Principal, args: { id: string; reason: string }, now: Date): Promise<GatePassRow> {
  requireId('id', args.id);
  const reason = requireReason(args.reason);
  return db.transaction(async (em) => {
    const found = await em.findOne(GatePass, { where: { id: args.id } });
    if (!found) throw notFound(`no gate pass with id ${args.id}`);
    const community = await lockOne(em, db, Community, { id: found.communityId });
    if (!community) throw new Error(`missing community ${found.communityId}`);
    requireManager(p, 'governance', community.districtCode);
    const pass = (await lockOne(em, db, GatePass, { id: args.id }))!;
    if (pass.revokedAt !== null) throw conflict('this pass was already revoked');
    const patch = { revokedAt: now, revocationReason: reason };
    await em.update(GatePass, { id: pass.id }, patch);
    return { ...pass, ...patch };
  });
}
