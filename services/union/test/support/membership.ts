import { newId } from '@nef/kit';
import { dataOf, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId } from '../../src/seed/demo';
import { MembershipEntity } from '../../src/entities';
import { JOIN, admin, freshPhone, partner, registerAs } from './index';

/** Memberships through the API: the documents and workers the membership tests share. */

export const chaoyang = demoBranchId('chaoyang');

export const WITHDRAW = `mutation($workerId: ID!, $reason: String) {
  withdrawMembership(workerId: $workerId, reason: $reason) { memberNo cardNo status joinedAt history { status actor reason } }
}`;
export const LAPSE = `mutation($workerId: ID!, $reason: String!) { lapseMembership(workerId: $workerId, reason: $reason) { status } }`;
export const HISTORY = `query($id: ID!) { worker(id: $id) { isUnionMember membership { memberNo cardNo status channel branch { id } history { status at actor reason } } } }`;

/** Helpers on the test file's subgraph (`sg` is started in its beforeAll). */
export function membershipHelpers(sg: () => TestSubgraph) {
  /** A worker registered by MEITUAN with their consent (a code sent to the phone and given back). */
  async function newWorker(platformExternalId = `mt-${newId().slice(-12)}`, scopes?: string[]): Promise<string> {
    const input = { name: '周敏', phone: freshPhone(), occupation: 'COURIER', districtCode: '110105', platformExternalId };
    return (await registerAs(sg(), input, partner('MEITUAN'), scopes)).id;
  }

  const membershipRows = (workerId: string) => sg().db.manager.find(MembershipEntity, { where: { workerId } });

  async function joined(workerId: string) {
    return dataOf(await sg().query(JOIN, { workerId, branchId: chaoyang, channel: 'ONLINE_QR' }, admin)).joinUnion;
  }

  return { joined, membershipRows, newWorker };
}
