import type { EntityManager } from 'typeorm';
import { badUserInput, conflict, forbidden, newId, type Database, type Principal } from '@nef/kit';
import { isUnionStaff } from '../domain/access';
import { normalizePhone, type PhoneCipher } from '../domain/phone';
import { countLinkedAccount } from '../domain/rollups';
import { requireDistrictCode, requireExternalId, requireName } from '../domain/validation';
import { PlatformAccountEntity, PlatformEntity, WorkerEntity, type WorkerRow } from '../entities';
import { retryOnUniqueViolation } from './retry';

export interface RegisterWorkerInput {
  name: string;
  phone: string;
  occupation: string;
  districtCode: string;
  platformExternalId?: string | null;
}

interface Registration {
  name: string;
  phone: string;
  occupation: string;
  districtCode: string;
  account?: { platform: string; externalId: string };
}

/** Checks who may register and the input, before anything touches the database. */
export function validateRegistration(p: Principal, input: RegisterWorkerInput): Registration {
  let account: Registration['account'];
  if (p.role === 'partner' && p.platform) {
    if (input.platformExternalId == null) {
      throw badUserInput('partners must give platformExternalId: the worker’s account id on your platform', {
        field: 'platformExternalId',
      });
    }
    account = { platform: p.platform, externalId: requireExternalId(input.platformExternalId) };
  } else if (isUnionStaff(p)) {
    if (input.platformExternalId != null) {
      throw badUserInput('platformExternalId is for partners registering on their platform; leave it out', {
        field: 'platformExternalId',
      });
    }
  } else {
    throw forbidden('only partners, union operators and admins may register workers');
  }
  return {
    name: requireName('name', input.name, 50),
    phone: normalizePhone(input.phone),
    occupation: input.occupation,
    districtCode: requireDistrictCode(input.districtCode),
    account,
  };
}

/**
 * Registers a worker, idempotently per (platform, externalId) and per phone: an existing
 * account returns its worker unchanged; an existing phone gets this platform's account linked
 * (CONFLICT when it already has another one there); otherwise worker and account are created
 * together. Concurrent identical calls race on the unique indexes and the losers re-read.
 */
export async function registerWorker(
  db: Database,
  phones: PhoneCipher,
  p: Principal,
  input: RegisterWorkerInput,
): Promise<WorkerRow> {
  const reg = validateRegistration(p, input);
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
      }
      const byPhone = await findWorkerByPhone(em, db, phoneHash);
      if (byPhone) {
        if (account && (await linkAccount(em, byPhone.id, account))) await countLinkedAccount(em, byPhone, account.platform);
        return byPhone;
      }
      const worker: WorkerRow = {
        id: newId(),
        name: reg.name,
        phoneEnc: phones.encrypt(reg.phone),
        phoneHash,
        phoneLast4: reg.phone.slice(-4),
        occupation: reg.occupation,
        districtCode: reg.districtCode,
        registeredAt: new Date(),
      };
      await em.insert(WorkerEntity, worker);
      if (account) await linkAccount(em, worker.id, account);
      return worker;
    }),
  );
}

async function findWorkerByPhone(em: EntityManager, db: Database, phoneHash: string): Promise<WorkerRow | null> {
  const found = await em.findOne(WorkerEntity, { where: { phoneHash } });
  if (!found || !db.lockMode) return found;
  // Lock the existing worker so the "one account per platform" check below and the insert
  // are decided against the same state by concurrent linkers.
  return em.findOne(WorkerEntity, { where: { id: found.id }, lock: { mode: db.lockMode } });
}

/** Links the account; false when the worker already had it. */
async function linkAccount(em: EntityManager, workerId: string, account: { platform: string; externalId: string }): Promise<boolean> {
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
    linkedAt: new Date(),
  });
  return true;
}

async function mustFindWorker(em: EntityManager, id: string): Promise<WorkerRow> {
  const worker = await em.findOne(WorkerEntity, { where: { id } });
  if (!worker) throw new Error(`platform account points at missing worker ${id}`);
  return worker;
}
