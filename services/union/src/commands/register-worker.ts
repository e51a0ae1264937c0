import type { EntityManager } from 'typeorm';
import { badUserInput, conflict, newId, type Database, type Principal } from '@nef/kit';
import { PlatformAccountEntity, PlatformEntity, WorkerEntity, type WorkerRow } from '../entities';
import { phoneLast4 } from '../rules/phone';
import type { PhoneCipher } from '../rules/phone-cipher';
import { checkRegistration, type RegisterWorkerInput } from '../rules/worker-registration';
import { consentRequired } from '../rules/consent';
import { retryOnUniqueViolation } from './support/retry';

/**
 * Registers a worker. Union staff register in person (the phone seen, no platform account):
 * idempotent per phone, an existing phone returning its worker unchanged. A partner only gets
 * back the worker its own account is already linked to; registering anyone else needs the
 * worker's consent (requestWorkerConsent, confirmWorkerConsent) and is refused with
 * CONSENT_REQUIRED, the same whether the phone is known or not. Concurrent identical calls race
 * on the unique indexes and the losers re-read.
 */
export async function registerWorker(
  db: Database,
  phones: PhoneCipher,
  p: Principal,
  input: RegisterWorkerInput,
  now: Date,
): Promise<WorkerRow> {
  const reg = checkRegistration(p, input);
  const phoneHash = phones.hash(reg.phone);
  return retryOnUniqueViolation(4, () =>
    db.transaction(async (em) => {
      const { account } = reg;
      if (account) {
        const platform = await em.findOne(PlatformEntity, { where: { code: account.platform } });
        if (!platform) {
          throw badUserInput(`platform ${account.platform} is not registered; an admin must create it first`);
        }
        const existing = await em.findOne(PlatformAccountEntity, {
          where: { platformCode: account.platform, externalId: account.externalId },
        });
        if (existing) return mustFindWorker(em, existing.workerId);
        // Anything more needs the person holding the phone to agree: the same refusal whether
        // the phone is known or not, so the call is no look-up of numbers.
        throw consentRequired(p);
      }
      const byPhone = await findWorkerByPhone(em, db, phoneHash);
      if (byPhone) return byPhone;
      const worker: WorkerRow = {
        id: newId(),
        name: reg.name,
        phoneEnc: phones.encrypt(reg.phone),
        phoneHash,
        phoneLast4: phoneLast4(reg.phone),
        occupation: reg.occupation,
        districtCode: reg.districtCode,
        streetCode: reg.streetCode,
        registeredAt: now,
      };
      await em.insert(WorkerEntity, worker);
      return worker;
    }),
  );
}

export async function findWorkerByPhone(em: EntityManager, db: Database, phoneHash: string): Promise<WorkerRow | null> {
  const found = await em.findOne(WorkerEntity, { where: { phoneHash } });
  if (!found || !db.lockMode) return found;
  // Lock the existing worker so the "one account per platform" check below and the insert
  // are decided against the same state by concurrent linkers.
  return em.findOne(WorkerEntity, { where: { id: found.id }, lock: { mode: db.lockMode } });
}

/** Links the account; false when the worker already had it. */
export async function linkAccount(em: EntityManager, workerId: string, account: { platform: string; externalId: string }, now: Date): Promise<boolean> {
  const onPlatform = await em.findOne(PlatformAccountEntity, { where: { workerId, platformCode: account.platform } });
  if (onPlatform) {
    if (onPlatform.externalId === account.externalId) return false;
    throw conflict(
      `a worker with this phone already has another account on ${account.platform}; one account per platform is allowed`,
    );
  }
  await em.insert(PlatformAccountEntity, {
    id: newId(),
    workerId,
    platformCode: account.platform,
    externalId: account.externalId,
    linkedAt: now,
  });
  return true;
}

async function mustFindWorker(em: EntityManager, id: string): Promise<WorkerRow> {
  const worker = await em.findOne(WorkerEntity, { where: { id } });
  if (!worker) throw new Error(`platform account points at missing worker ${id}`);
  return worker;
}
