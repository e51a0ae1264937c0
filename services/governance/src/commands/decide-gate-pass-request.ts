import { conflict, lockOne, notFound, requireManager, type Database, type Principal } from '@nef/kit';
import { Community, GatePassRequest, type GatePassRequestRow } from '../entities';
import { requireReason } from '../rules/gate-registration';
import { requireId } from '../rules/ids';
import { issueOrExtend } from './issue-gate-pass';

/**
 * decideGatePassRequest: step three, the community authorises (or refuses) a registration.
 * Admins and governance operators of the community's district. Approving issues the pass (or
 * extends the worker's valid one, keeping its code) with the name and platform of the request;
 * refusing needs a reason. A request is decided once: deciding again is CONFLICT. Locks the
 * community row, then the request, as every gate write does.
 */
export async function decideGatePassRequest(
  db: Database,
  p: Principal,
  args: { id: string; approve: boolean; reason?: string | null },
  now: Date,
): Promise<GatePassRequestRow> {
  requireId('id', args.id);
  const reason = args.approve ? null : requireReason(args.reason);
  return db.transaction(async (em) => {
    const found = await em.findOne(GatePassRequest, { where: { id: args.id } });
    if (!found) throw notFound(`no gate pass request with id ${args.id}`);
    const community = await lockOne(em, db, Community, { id: found.communityId });
    if (!community) throw new Error(`missing community ${found.communityId}`);
    requireManager(p, 'governance', community.districtCode);
    // Gone meanwhile: its worker closed their account, which deletes their registrations.
    const request = await lockOne(em, db, GatePassRequest, { id: args.id });
    if (!request) throw notFound(`no gate pass request with id ${args.id}`);
    if (request.status !== 'PENDING') throw conflict(`this request was already ${request.status.toLowerCase()}`);
    const decided = { decidedAt: now, decidedBy: p.keyId ?? null };
    if (!args.approve) {
      const patch = { ...decided, status: 'REFUSED' as const, refusalReason: reason };
      await em.update(GatePassRequest, { id: request.id }, patch);
      return { ...request, ...patch };
    }
    const pass = await issueOrExtend(em, community, request.workerId, now, { holderName: request.holderName, platform: request.platform });
    const patch = { ...decided, status: 'APPROVED' as const, passId: pass.id };
    await em.update(GatePassRequest, { id: request.id }, patch);
    return { ...request, ...patch };
  });
}
