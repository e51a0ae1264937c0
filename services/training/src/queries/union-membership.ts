import { peerRead, type PeerTarget } from '@nef/kit';
import type { MembershipAnswer } from '../rules/subsidy';

/** The union's peer route (its README): POST, a signed principal, `{"workerIds": [...]}`. */
const PATH = '/peer/memberships';
const BATCH = 500;

export type MembershipLookup = (workerIds: readonly string[]) => Promise<Map<string, MembershipAnswer>>;

interface PeerMembership {
  workerId: string;
  member: boolean;
  branchId: string | null;
  branchDistrictCode: string | null;
}

function parseMemberships(json: unknown): PeerMembership[] {
  const memberships = (json as { memberships?: unknown } | null)?.memberships;
  if (!Array.isArray(memberships)) throw new Error('malformed answer');
  return memberships as PeerMembership[];
}

/**
 * Asks the union whether workers are ACTIVE members now, and of which branch: a read over the
 * union's peer route, each request signed as a training operator with this service's peer key
 * for the union and that exact body (the kit's peer read). Without a configured peer every answer
 * is UNCHECKED. When the union cannot answer (down, timed out, refused, malformed) this throws
 * SERVICE_UNAVAILABLE naming the union, and the caller writes nothing.
 */
export function unionMembershipLookup(peer: PeerTarget | null): MembershipLookup {
  return async (workerIds) => {
    const ids = [...new Set(workerIds)];
    if (!peer) return new Map(ids.map((id) => [id, 'UNCHECKED' as const]));
    const answers = new Map<string, MembershipAnswer>();
    for (let i = 0; i < ids.length; i += BATCH) {
      const memberships = await peerRead(peer, {
        service: 'union',
        caller: 'training',
        path: PATH,
        body: { workerIds: ids.slice(i, i + BATCH) },
        parse: parseMemberships,
        unavailable: 'the union service could not say whether the worker is a union member; nothing was written, try again shortly',
      });
      for (const m of memberships) {
        answers.set(m.workerId, { member: m.member === true, branchId: m.branchId ?? null, branchDistrictCode: m.branchDistrictCode ?? null });
      }
    }
    for (const id of ids) if (!answers.has(id)) answers.set(id, { member: false, branchId: null, branchDistrictCode: null });
    return answers;
  };
}
