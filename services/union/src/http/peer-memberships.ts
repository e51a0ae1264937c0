import { isId, peerRoute, type Database, type Route, type TrustedKeys } from '@nef/kit';
import { In } from 'typeorm';
import { MembershipEntity, UnionBranchEntity } from '../entities';
import { isMember } from '../rules/membership-status';

/** Where another service asks whether workers are ACTIVE members, and of which branch. */
export const PEER_MEMBERSHIPS_PATH = '/peer/memberships';
/** Workers per request, at most. */
export const MAX_PEER_WORKERS = 500;

/** What the route answers per worker asked: ACTIVE or not, and the branch of an ACTIVE membership. */
export interface PeerMembership {
  workerId: string;
  member: boolean;
  branchId: string | null;
  branchDistrictCode: string | null;
}

/**
 * POST /peer/memberships `{"workerIds": [...]}`, for a peer service (training, for its subsidy),
 * never for the public: the request carries a principal signed with a key of `UNION_PEER_KEYS`
 * for this service and this exact body (the kit's peer route: signed principals, their 30 s
 * lifetime and body hash), and the principal must be a training operator. The answer says, per
 * worker asked, whether the membership is ACTIVE now and its branch; nothing else (no name, phone
 * or accounts). Unknown workers read as non-members.
 */
export function peerMembershipsRoute(db: Database, trusted: () => TrustedKeys, audience: 'union' = 'union'): Route {
  return peerRoute({
    audience,
    trusted,
    callers: ['training'],
    async answer(json) {
      const ids = (json as { workerIds?: unknown } | undefined)?.workerIds;
      if (!Array.isArray(ids) || ids.length > MAX_PEER_WORKERS || !ids.every((id) => typeof id === 'string' && isId(id))) {
        return { status: 400, body: { error: `workerIds must be a list of at most ${MAX_PEER_WORKERS} worker ids` } };
      }
      const workerIds = [...new Set(ids as string[])];
      const memberships = workerIds.length ? await db.manager.find(MembershipEntity, { where: { workerId: In(workerIds) } }) : [];
      const active = memberships.filter((m) => isMember(m));
      const branches = active.length ? await db.manager.find(UnionBranchEntity, { where: { id: In([...new Set(active.map((m) => m.branchId))]) } }) : [];
      const byWorker = new Map(active.map((m) => [m.workerId, m]));
      const districtOf = new Map(branches.map((b) => [b.id, b.districtCode]));
      const memberAnswers: PeerMembership[] = workerIds.map((workerId) => {
        const m = byWorker.get(workerId);
        return { workerId, member: !!m, branchId: m?.branchId ?? null, branchDistrictCode: m ? (districtOf.get(m.branchId) ?? null) : null };
      });
      return { status: 200, body: { memberships: memberAnswers } };
    },
  });
}
