import { In, IsNull, type EntityManager } from 'typeorm';
import { ErrorCode, bumpDataVersions, bumpDataVersionsIn, forbidden, isId, lockOne, type Database, type Principal, type WorkerPrivacy } from '@nef/kit';
import {
  AssistanceCaseEntity,
  CaseStatusChangeEntity,
  ConsentEntity,
  MembershipEntity,
  MembershipEventEntity,
  PhoneChallengeEntity,
  PlatformAccountEntity,
  PlatformEntity,
  SmsMessageEntity,
  UnionBranchEntity,
  WorkerEntity,
  type ConsentRow,
} from '../entities';
import { checkCode } from '../commands/support/challenges';
import { currentStanding, applyRollups } from '../commands/support/rollups';
import { codeUsed, consentError, parseScopes, requireCode } from '../rules/consent';
import { actorFor } from '../rules/history-actor';
import { RollupDelta } from '../rules/metric-rollups';
import { maskPhone } from '../rules/phone';
import type { PhoneCipher } from '../rules/phone-cipher';
import { partnerSeesCase, reasonFor, type PartnerView } from '../rules/union-records';
import { isUnionStaff } from '../rules/union-staff';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * The worker's registry entry and everything hung on it, as the caller may pass it on. At a union
 * desk (union staff, admins) the whole record is given. Through a partner, the export shows what
 * the GraphQL API would show that partner: the phone masked, only its own platform's accounts,
 * consents and consent requests, the cases it may read (made through it, or all when the worker's
 * standing consent to it shares union records; never one raised against it), membership reasons
 * on the same terms, and another platform's actors as `partner`. What else the worker holds in
 * the union is hers to take at a desk, not the platform's to read.
 */
async function exportWorker(db: Database, phones: PhoneCipher, workerId: string, caller: Principal): Promise<Record<string, unknown>> {
  const m = db.manager;
  const worker = await m.findOne(WorkerEntity, { where: { id: workerId } });
  if (!worker) return { worker: null, platformAccounts: [], consents: [], membership: null, assistanceCases: [], consentRequests: [] };
  const [allAccounts, allConsents, membership, allCases, allChallenges] = await Promise.all([
    m.find(PlatformAccountEntity, { where: { workerId }, order: { linkedAt: 'ASC' } }),
    m.find(ConsentEntity, { where: { workerId }, order: { grantedAt: 'ASC' } }),
    m.findOne(MembershipEntity, { where: { workerId } }),
    m.find(AssistanceCaseEntity, { where: { workerId }, order: { openedAt: 'ASC' } }),
    m.find(PhoneChallengeEntity, { where: { phoneHash: worker.phoneHash }, order: { createdAt: 'ASC' } }),
  ]);
  const whole = isUnionStaff(caller);
  const view = whole ? null : partnerViewIn(caller, allConsents);
  const own = <T extends { platformCode: string }>(rows: T[]) => (whole ? rows : rows.filter((r) => r.platformCode === view?.platform));
  const accounts = own(allAccounts);
  const consents = own(allConsents);
  const challenges = own(allChallenges);
  const cases = whole ? allCases : allCases.filter((c) => !!view && partnerSeesCase(view, c));
  const actor = (a: string) => actorFor(caller, a);
  const platformCodes = [...new Set([...accounts.map((a) => a.platformCode), ...consents.map((c) => c.platformCode), ...challenges.map((c) => c.platformCode)])];
  const [platforms, events, branch, changes] = await Promise.all([
    platformCodes.length ? m.find(PlatformEntity, { where: { code: In(platformCodes) } }) : [],
    membership ? m.find(MembershipEventEntity, { where: { membershipId: membership.id }, order: { at: 'ASC' } }) : [],
    membership ? m.findOne(UnionBranchEntity, { where: { id: membership.branchId } }) : null,
    cases.length ? m.find(CaseStatusChangeEntity, { where: { caseId: In(cases.map((c) => c.id)) }, order: { at: 'ASC' } }) : [],
  ]);
  const platformName = new Map(platforms.map((p) => [p.code, p.name]));
  const platform = (code: string) => ({ code, name: platformName.get(code) ?? null });
  return {
    worker: {
      id: worker.id,
      name: worker.name,
      phone: whole ? phones.decrypt(worker.phoneEnc) : maskPhone(phones.decrypt(worker.phoneEnc)),
      occupation: worker.occupation,
      districtCode: worker.districtCode,
      streetCode: worker.streetCode ?? null,
      registeredAt: iso(worker.registeredAt),
    },
    platformAccounts: accounts.map((a) => ({ platform: platform(a.platformCode), externalId: a.externalId, linkedAt: iso(a.linkedAt) })),
    consents: consents.map((c) => ({
      platform: platform(c.platformCode),
      scopes: parseScopes(c.scopes),
      method: c.method,
      grantedAt: iso(c.grantedAt),
      revokedAt: iso(c.revokedAt),
    })),
    membership: membership
      ? {
          memberNo: membership.memberNo,
          cardNo: membership.cardNo,
          status: membership.status,
          branch: branch ? { id: branch.id, name: branch.name } : { id: membership.branchId, name: null },
          channel: membership.channel,
          joinedAt: iso(membership.joinedAt),
          history: events.map((e) => ({ status: e.status, at: iso(e.at), actor: actor(e.actor), reason: reasonFor(caller, view, e.actor, e.reason ?? null) })),
        }
      : null,
    assistanceCases: cases.map((c) => ({
      id: c.id,
      kind: c.kind,
      status: c.status,
      summary: c.summary,
      openedAt: iso(c.openedAt),
      resolvedAt: iso(c.resolvedAt),
      againstPlatform: c.againstPlatform ?? null,
      history: changes.filter((h) => h.caseId === c.id).map((h) => ({ status: h.status, at: iso(h.at), actor: actor(h.actor) })),
    })),
    consentRequests: challenges.map((c) => ({
      platform: platform(c.platformCode),
      externalId: c.externalId,
      purpose: c.purpose,
      requestedAt: iso(c.createdAt),
      confirmedAt: iso(c.confirmedAt),
    })),
  };
}

/**
 * The partner's view of the worker's union records: its platform, shared when its standing
 * consent (not withdrawn) includes SHARE_UNION_RECORDS. Null for anyone but a partner, who then
 * sees none of the records that need a view.
 */
function partnerViewIn(p: Principal, consents: readonly ConsentRow[]): PartnerView | null {
  if (p.role !== 'partner' || !p.platform) return null;
  const standing = consents.find((c) => c.platformCode === p.platform && !c.revokedAt);
  return { platform: p.platform, shared: !!standing && parseScopes(standing.scopes).includes('SHARE_UNION_RECORDS') };
}

/**
 * Closing the account in the union: the registry entry and everything hung on it are deleted
 * (platform accounts, consents, the membership and its history, assistance cases and theirs,
 * consent requests and development SMS for the number), and the rollups lose what the worker
 * contributed, so every figure equals what the remaining rows give (a closed worker counts as
 * never registered). Nothing here must be kept: the union keeps no ledger. Audit rows stay
 * (append-only, the record of who read what). The `union` and `links` versions move inside the
 * transaction, always (a retried close that finds nothing left still announces it), so gateways
 * stop resolving the worker's accounts at once; the bump after commit stays, harmless.
 *
 * The worker's cases are read under a lock (FOR UPDATE on MariaDB), so a status move committing
 * meanwhile cannot leave the rollups subtracting a status other than the one deleted.
 */
async function closeWorker(db: Database, workerId: string): Promise<Record<string, number>> {
  const counts = await db.transaction(async (em: EntityManager) => {
    const worker = await lockOne(em, db, WorkerEntity, { id: workerId });
    await bumpDataVersionsIn(em, ['union', 'links']);
    const none = { workersDeleted: 0, accountsUnlinked: 0, consentsDeleted: 0, membershipsDeleted: 0, casesDeleted: 0, consentRequestsDeleted: 0, messagesDeleted: 0 };
    if (!worker) return none;
    const before = await currentStanding(em, workerId);
    const casesQuery = em.createQueryBuilder(AssistanceCaseEntity, 'c').where('c.workerId = :workerId', { workerId });
    if (db.lockMode) casesQuery.setLock(db.lockMode);
    const cases = await casesQuery.getMany();
    const delta = new RollupDelta();
    if (before) delta.worker(before, -1);
    for (const c of cases) delta.assistanceCase(worker, c.status, -1);
    if (cases.length) await em.delete(CaseStatusChangeEntity, { caseId: In(cases.map((c) => c.id)) });
    const casesDeleted = (await em.delete(AssistanceCaseEntity, { workerId })).affected ?? 0;
    const membership = await em.findOne(MembershipEntity, { where: { workerId } });
    if (membership) await em.delete(MembershipEventEntity, { membershipId: membership.id });
    const membershipsDeleted = (await em.delete(MembershipEntity, { workerId })).affected ?? 0;
    const accountsUnlinked = (await em.delete(PlatformAccountEntity, { workerId })).affected ?? 0;
    const consentsDeleted = (await em.delete(ConsentEntity, { workerId })).affected ?? 0;
    const consentRequestsDeleted = (await em.delete(PhoneChallengeEntity, { phoneHash: worker.phoneHash })).affected ?? 0;
    const messagesDeleted = (await em.delete(SmsMessageEntity, { phoneHash: worker.phoneHash })).affected ?? 0;
    await em.delete(WorkerEntity, { id: workerId });
    await applyRollups(em, delta);
    return { ...none, workersDeleted: 1, accountsUnlinked, consentsDeleted, membershipsDeleted, casesDeleted, consentRequestsDeleted, messagesDeleted };
  });
  if (counts.workersDeleted) await bumpDataVersions(db, ['union', 'links']);
  return counts;
}

export function unionPrivacy(phones: PhoneCipher): WorkerPrivacy {
  return {
    export: (db, workerId, _now, caller) => exportWorker(db, phones, workerId, caller),
    close: (db, workerId) => closeWorker(db, workerId),
    authorizeClose: (db, workerId, caller, proof, now) => authorizeClose(db, phones, workerId, caller, proof, now),
    async ownedSubjects(db, workerId) {
      const cases = await db.manager.find(AssistanceCaseEntity, { select: { id: true }, where: { workerId } });
      return cases.map((c) => c.id);
    },
  };
}

const challengeNotFound = () =>
  consentError(ErrorCode.NOT_FOUND, 'CHALLENGE_NOT_FOUND', 'there is no such request to close this worker’s account for your platform', '贵平台没有这个注销请求');

/**
 * Whether the worker asked for her account to be closed. At a union desk (union staff, admins)
 * the worker is there in person: no proof. A partner gives back the code sent by
 * requestAccountClosure: its challenge must be a CLOSE one, for this worker and the partner's
 * platform (else NOT_FOUND CHALLENGE_NOT_FOUND), and passes the checks a consent code passes
 * (CODE_MALFORMED, CODE_EXPIRED, CODE_WRONG with attemptsLeft, counted in a transaction that
 * commits, CODE_ATTEMPTS_EXCEEDED). The first right code marks it confirmed; the right code again
 * within its ten minutes authorises again, so a close that failed half-way can be finished;
 * after that it is CODE_USED. Without a code a partner is refused with CLOSURE_CODE_REQUIRED.
 */
async function authorizeClose(db: Database, phones: PhoneCipher, workerId: string, caller: Principal, proof: { challengeId?: string; code?: string }, now: Date): Promise<void> {
  if (isUnionStaff(caller)) return;
  if (caller.role !== 'partner' || !caller.platform) throw forbidden('accounts are closed by the worker through the partner acting for her, or at a union desk');
  if (!proof.challengeId || !proof.code) {
    throw consentError(
      ErrorCode.BAD_USER_INPUT,
      'CLOSURE_CODE_REQUIRED',
      'closing needs the worker’s code: call requestAccountClosure, then send challengeId and the code the worker received',
      '注销须劳动者验证码：请先调用requestAccountClosure，再提交challengeId和劳动者收到的验证码',
    );
  }
  const typed = requireCode(proof.code);
  const challengeId = proof.challengeId;
  if (!isId(challengeId)) throw challengeNotFound();
  const refusal = await db.transaction(async (em): Promise<Error | null> => {
    const c = await lockOne(em, db, PhoneChallengeEntity, { id: challengeId });
    if (!c || c.purpose !== 'CLOSE' || c.workerId !== workerId || c.platformCode !== caller.platform) return challengeNotFound();
    // Confirmed before and past its ten minutes: spent. Within them it authorises again.
    if (c.confirmedAt && c.expiresAt.getTime() <= now.getTime()) return codeUsed();
    // A refusal is returned, not thrown, so that the transaction commits a wrong code's count.
    const refused = await checkCode(em, phones, c, typed, now);
    if (refused) return refused;
    if (!c.confirmedAt) await em.update(PhoneChallengeEntity, { id: c.id, confirmedAt: IsNull() }, { confirmedAt: now });
    return null;
  });
  if (refusal) throw refusal;
}

