import type { Principal } from '@nef/kit';
import { dataOf, type TestSubgraph } from '@nef/kit/testing';
import { REGISTER, unionOperator } from './index';

/** Workers made at a union desk: the quick way to rows when a test is not about how partners register. */

export const LINK = `mutation($workerId: ID!, $platform: ID!, $externalId: String!) {
  linkPlatformAccount(workerId: $workerId, platform: $platform, externalId: $externalId) { id }
}`;

export interface DeskWorker {
  name: string;
  phone: string;
  occupation: string;
  districtCode: string;
  streetCode?: string | null;
}

/**
 * Registers the worker in person and links each account given (platform code -> account id),
 * as union staff do with the worker present (their consent recorded IN_PERSON). Returns the id.
 */
export async function registeredAtDesk(sg: TestSubgraph, input: DeskWorker, accounts: Record<string, string> = {}, p: Principal = unionOperator): Promise<string> {
  const id = dataOf(await sg.query(REGISTER, { input }, p)).registerWorker.id as string;
  for (const [platform, externalId] of Object.entries(accounts)) dataOf(await sg.query(LINK, { workerId: id, platform, externalId }, p));
  return id;
}
