import { In, type EntityManager } from 'typeorm';
import { bumpDataVersions, lockOne, type Database, type WorkerPrivacy } from '@nef/kit';
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
} from '../entities';
import { currentStanding, applyRollups } from '../commands/support/rollups';
import { parseScopes } from '../rules/consent';
import { RollupDelta } from '../rules/metric-rollups';
import type { PhoneCipher } from '../rules/phone-cipher';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The worker's registry entry and everything hung on it, as the worker is given it. */
async function exportWorker(db: Database, phones: PhoneCipher, workerId: string): Promise<Record<string, unknown>> {
  const m = db.manager;
  const worker = await m.findOne(WorkerEntity, { where: { id: workerId } });
  if (!worker) return { worker: null, platformAccounts: [], consents: [], membership: null, assistanceCases: [], consentRequests: [] };
  const [accounts, consents, membership, cases, challenges] = await Promise.all([
    m.find(PlatformAccountEntity, { where: { workerId }, order: { linkedAt: 'ASC' } }),
    m.find(ConsentEntity, { where: { workerId }, order: { grantedAt: 'ASC' } }),
    m.findOne(MembershipEntity, { where: { workerId } }),
    m.find(AssistanceCaseEntity, { where: { workerId }, order: { openedAt: 'ASC' } }),
    m.find(PhoneChallengeEntity, { where: { phoneHash: worker.phoneHash }, order: { createdAt: 'ASC' } }),
  ]);
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
      phone: phones.decrypt(worker.phoneEnc),
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
          history: events.map((e) => ({ status: e.status, at: iso(e.at), reason: e.reason })),
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
      history: changes.filter((h) => h.caseId === c.id).map((h) => ({ status: h.status, at: iso(h.at) })),
    })),
    consentRequests: challenges.map((c) => ({
      platform: platform(c.platformCode),
      externalId: c.externalId,
      requestedAt: iso(c.createdAt),
      confirmedAt: iso(c.confirmedAt),
    })),
  };
}

/**
 * Closing the account in the union: the registry entry and everything hung on it are deleted
 * (platform accounts, consents, the membership and its history, assistance cases and theirs,
 * consent requests and development SMS for the number), and the rollups lose what the worker
 * contributed, so every figure equals what the remaining rows give (a closed worker counts as
 * never registered). Nothing here must be kept: the union keeps no ledger. Audit rows stay
 * (append-only, the record of who read what). The `links` version moves, so gateways stop
 * resolving the worker's accounts at once.
 */
async function closeWorker(db: Database, workerId: string): Promise<Record<string, number>> {
  const counts = await db.transaction(async (em: EntityManager) => {
    const worker = await lockOne(em, db, WorkerEntity, { id: workerId });
    const none = { workersDeleted: 0, accountsUnlinked: 0, consentsDeleted: 0, membershipsDeleted: 0, casesDeleted: 0, consentRequestsDeleted: 0, messagesDeleted: 0 };
    if (!worker) return none;
    const before = await currentStanding(em, workerId);
    const cases = await em.find(AssistanceCaseEntity, { where: { workerId } });
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
    export: (db, workerId) => exportWorker(db, phones, workerId),
    close: (db, workerId) => closeWorker(db, workerId),
    async ownedSubjects(db, workerId) {
      const cases = await db.manager.find(AssistanceCaseEntity, { select: { id: true }, where: { workerId } });
      return cases.map((c) => c.id);
    },
  };
}
