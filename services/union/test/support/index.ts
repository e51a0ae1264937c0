import type { Principal } from '@nef/kit';

export const admin: Principal = { role: 'admin', keyId: 'key-admin' };
export const unionOperator: Principal = { role: 'operator', domain: 'union', keyId: 'key-union-ops' };
export const stationsOperator: Principal = { role: 'operator', domain: 'stations', keyId: 'key-stations-ops' };
export const dashboard: Principal = { role: 'dashboard', districts: ['110105'], keyId: 'key-dashboard' };
export const partner = (platform: string, workerId?: string): Principal => ({
  role: 'partner',
  platform,
  keyId: `key-${platform.toLowerCase()}`,
  ...(workerId ? { workerId } : {}),
});

export const WORKER_FIELDS = `
  id name phone occupation registeredAt isUnionMember
  district { code }
  platformAccounts { platform { code name } externalId linkedAt }
  membership { memberNo status channel joinedAt cardNo branch { id name level } }
`;

export const REGISTER = `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { ${WORKER_FIELDS} } }`;
export const WORKER = `query($id: ID!) { worker(id: $id) { ${WORKER_FIELDS} } }`;
export const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { ${WORKER_FIELDS} } } }`;
export const JOIN = `mutation($workerId: ID, $branchId: ID!, $channel: JoinChannel!) {
  joinUnion(workerId: $workerId, branchId: $branchId, channel: $channel) { memberNo cardNo status channel joinedAt branch { id name } }
}`;

let seq = 0;
/** A fresh valid mobile number per call, so tests in one database do not collide. */
export function freshPhone(): string {
  seq += 1;
  return `139${String(Date.now() % 10_000).padStart(4, '0')}${String(seq).padStart(4, '0')}`;
}

export const workerRef = (id: string) => ({ __typename: 'Worker', id });

export { errorCodesOf } from '@nef/kit/testing';
