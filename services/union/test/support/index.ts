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

export const REQUEST_CONSENT = `mutation($input: RegisterWorkerInput!, $scopes: [ConsentScope!]) {
  requestWorkerConsent(input: $input, scopes: $scopes) { id phone platform { code } scopes expiresAt attemptsLeft }
}`;
export const CONFIRM_CONSENT = `mutation($challengeId: ID!, $code: String!) { confirmWorkerConsent(challengeId: $challengeId, code: $code) { ${WORKER_FIELDS} } }`;
export const SMS_OUTBOX = `query($phone: String!) { smsOutbox(phone: $phone, first: 1) { phone text sentAt } }`;

/** The code in the newest message the development sender kept for `phone`, read as an admin would. */
export async function lastCode(sg: { query: (q: string, v: Record<string, unknown>, p: Principal) => Promise<any> }, phone: string): Promise<string> {
  const res = await sg.query(SMS_OUTBOX, { phone }, admin);
  const text: string | undefined = res.data?.smsOutbox?.[0]?.text;
  const code = text && /验证码(\d{6})/.exec(text)?.[1];
  if (!code) throw new Error(`no code in the outbox for ${phone}: ${JSON.stringify(res)}`);
  return code;
}

/**
 * Registers a worker as its users do: union staff in person (registerWorker); a partner with the
 * worker's consent (requestWorkerConsent, the code from the development outbox, confirmWorkerConsent).
 * Returns the worker with WORKER_FIELDS as the caller sees it, or throws with the errors.
 */
export async function registerAs(
  sg: { query: (q: string, v: Record<string, unknown>, p: Principal) => Promise<any> },
  input: Record<string, unknown>,
  p: Principal,
  scopes?: string[],
): Promise<any> {
  if (p.role !== 'partner') {
    const res = await sg.query(REGISTER, { input }, p);
    if (res.errors?.length) throw Object.assign(new Error(JSON.stringify(res.errors)), { errors: res.errors });
    return res.data.registerWorker;
  }
  const asked = await sg.query(REQUEST_CONSENT, { input, scopes }, p);
  if (asked.errors?.length) throw Object.assign(new Error(JSON.stringify(asked.errors)), { errors: asked.errors });
  const code = await lastCode(sg, String(input.phone));
  const res = await sg.query(CONFIRM_CONSENT, { challengeId: asked.data.requestWorkerConsent.id, code }, p);
  if (res.errors?.length) throw Object.assign(new Error(JSON.stringify(res.errors)), { errors: res.errors });
  return res.data.confirmWorkerConsent;
}
