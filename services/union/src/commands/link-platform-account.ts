import { badUserInput, conflict, forbidden, lockOne, newId, notFound, type Database, type Principal } from '@nef/kit';
import { PlatformAccountEntity, PlatformEntity, WorkerEntity, type WorkerRow } from '../entities';
import { consentRequired } from '../rules/consent';
import { actorOf } from '../rules/history-actor';
import { normalizePhone } from '../rules/phone';
import type { PhoneCipher } from '../rules/phone-cipher';
import { requireExternalId, requirePlatformCode } from '../rules/platform-account';
import { isUnionStaff } from '../rules/union-staff';
import { recordConsent } from './support/consents';
import { retryOnUniqueViolation } from './support/retry';
import { countLinkedAccount } from './support/rollups';

export interface LinkAccountArgs {
  workerId: string;
  platform: string;
  externalId: string;
  phone?: string | null;
}

const outOfReach = () => forbidden('partners link accounts only for workers they already see; anyone else needs the worker’s consent (requestWorkerConsent)');

/**
 * Links a platform account to a worker at a union desk: union staff link any platform's account,
 * with the worker present, and the consent is recorded as given IN_PERSON. A partner may only
 * repeat a link it already has (a no-op); a mobile number proves nothing any more: linking
 * anyone needs the worker's consent through requestWorkerConsent (FORBIDDEN CONSENT_REQUIRED for
 * a worker it sees, FORBIDDEN for one it does not; a missing worker looks the same). An account
 * held by another worker, or a second account on one platform, is CONFLICT.
 */
export async function linkPlatformAccount(db: Database, phones: PhoneCipher, p: Principal, args: LinkAccountArgs, now: Date): Promise<WorkerRow> {
  const platform = requirePlatformCode(args.platform, 'platform');
  const externalId = requireExternalId(args.externalId, 'externalId');
  const staff = isUnionStaff(p);
  if (!staff) {
    if (p.role !== 'partner') throw forbidden('only partners, union operators and admins may link platform accounts');
    if (platform !== p.platform) throw forbidden(`partners link accounts only on their own platform (${p.platform})`);
  }
  const phoneHash = args.phone == null ? null : phones.hash(normalizePhone(args.phone));

  return retryOnUniqueViolation(4, () =>
    db.transaction(async (em) => {
      if (!(await em.findOne(PlatformEntity, { where: { code: platform } }))) {
        throw notFound(`there is no platform ${platform}; list them with platforms`);
      }
      const worker = await lockOne(em, db, WorkerEntity, { id: args.workerId });
      if (!worker) {
        if (!staff) throw outOfReach();
        throw notFound(`there is no worker ${args.workerId}`);
      }
      const accounts = await em.find(PlatformAccountEntity, { where: { workerId: worker.id } });
      if (!staff) {
        // A partner's own account, linked already, is the only thing it may "link": anything more
        // is the worker's to agree to (requestWorkerConsent), whatever the partner knows.
        if (accounts.some((a) => a.platformCode === platform && a.externalId === externalId)) return worker;
        if (!accounts.some((a) => a.platformCode === platform)) throw outOfReach();
        throw consentRequired(p);
      }
      if (staff && phoneHash != null && phoneHash !== worker.phoneHash) {
        throw badUserInput('phone is not this worker’s number; leave it out or correct it', { field: 'phone' });
      }
      const taken = await em.findOne(PlatformAccountEntity, { where: { platformCode: platform, externalId } });
      if (taken) {
        if (taken.workerId === worker.id) return worker;
        throw conflict(`account ${externalId} on ${platform} is already linked to another worker`);
      }
      const onPlatform = accounts.find((a) => a.platformCode === platform);
      if (onPlatform) {
        throw conflict(
          `this worker already has account ${onPlatform.externalId} on ${platform}; one account per platform is allowed`,
        );
      }
      await em.insert(PlatformAccountEntity, { id: newId(), workerId: worker.id, platformCode: platform, externalId, linkedAt: now });
      // At a union desk, with the worker there: their consent is recorded as given in person.
      await recordConsent(em, { workerId: worker.id, platformCode: platform, scopes: 'ACT_FOR_WORKER', method: 'IN_PERSON', grantedBy: actorOf(p) }, now);
      await countLinkedAccount(em, worker, platform);
      return worker;
    }),
  );
}
