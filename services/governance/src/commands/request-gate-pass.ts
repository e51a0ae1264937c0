import { conflict, lockOne, newId, notFound, type Database } from '@nef/kit';
import { Community, GatePassRequest, type GatePassRequestRow } from '../entities';
import { requireId } from '../rules/ids';

/**
 * requestGatePass: step two of registering at a community's gate (the worker has scanned the
 * community's code and filled in the form). Stores a PENDING request for the community to
 * decide. A worker has at most one pending request per community: asking again returns it (the
 * community row is locked, so racing requests leave one). CONFLICT at a community that is not
 * rider-friendly.
 */
export async function requestGatePass(
  db: Database,
  args: { communityId: string; workerId: string; holderName: string; platform: string | null },
  now: Date,
): Promise<GatePassRequestRow> {
  requireId('communityId', args.communityId);
  return db.transaction(async (em) => {
    const community = await lockOne(em, db, Community, { id: args.communityId });
    if (!community) throw notFound(`no community with id ${args.communityId}`);
    if (!community.riderFriendly) {
      throw conflict(`${community.name} is not a rider-friendly community: it issues no gate passes`);
    }
    const pending = await em.findOne(GatePassRequest, { where: { communityId: community.id, workerId: args.workerId, status: 'PENDING' } });
    if (pending) return pending;
    const row: GatePassRequestRow = {
      id: newId(),
      communityId: community.id,
      workerId: args.workerId,
      platform: args.platform,
      holderName: args.holderName,
      status: 'PENDING',
      submittedAt: now,
      decidedAt: null,
      decidedBy: null,
      refusalReason: null,
      passId: null,
    };
    await em.insert(GatePassRequest, { ...row });
    return row;
  });
}
