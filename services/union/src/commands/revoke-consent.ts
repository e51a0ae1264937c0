import { IsNull } from 'typeorm';
import { ErrorCode, badUserInput, forbidden, isId, lockOne, type Database, type Principal } from '@nef/kit';
import { ConsentEntity, WorkerEntity, type ConsentRow } from '../entities';
import { consentError } from '../rules/consent';
import { actorOf } from '../rules/history-actor';
import { requirePlatformCode } from '../rules/platform-account';
import { isUnionStaff } from '../rules/union-staff';
import { unlinkPlatform } from './support/unlink';

const never = (platform: string) =>
  consentError(ErrorCode.NOT_FOUND, 'CONSENT_NOT_FOUND', `the worker has given ${platform} no consent to withdraw`, `该劳动者未曾同意${platform}，无可撤回`);

/**
 * The worker withdraws a platform's consent: through that platform's app (the partner acting for
 * the worker withdraws its own), or at a union desk (union staff, any platform, naming the
 * worker). In one transaction the consent is marked withdrawn and the platform's account
 * unlinked; the union's `links` data version moves with it, so every gateway stops resolving
 * the account at once and the platform's reads of the worker stop in every service.
 *
 * Refused: a partner withdrawing another platform's consent (FORBIDDEN), or not acting for a
 * worker (BAD_USER_INPUT); a consent never given or already withdrawn (NOT_FOUND
 * CONSENT_NOT_FOUND).
 */
export async function revokeConsent(db: Database, p: Principal, args: { platform: string; workerId?: string | null }, now: Date): Promise<ConsentRow> {
  const platform = requirePlatformCode(args.platform, 'platform');
  let workerId: string;
  if (isUnionStaff(p)) {
    if (!args.workerId || !isId(args.workerId)) throw badUserInput('union staff name the worker in workerId', { field: 'workerId' });
    workerId = args.workerId;
  } else if (p.role === 'partner' && p.platform) {
    if (!p.workerId) throw badUserInput('send X-Acting-Worker: a consent is withdrawn by the worker it was given by', undefined, '请发送X-Acting-Worker：同意须由劳动者本人撤回');
    if (args.workerId != null && args.workerId !== p.workerId) throw forbidden('partners withdraw consent only for the worker they act for');
    if (platform !== p.platform) {
      throw forbidden(`a partner withdraws only its own platform's consent (${p.platform}); the worker withdraws others in their apps or at a union desk`);
    }
    workerId = p.workerId;
  } else {
    throw forbidden('consent is withdrawn by the worker through a partner, or at a union desk');
  }
  return db.transaction(async (em) => {
    const worker = await lockOne(em, db, WorkerEntity, { id: workerId });
    if (!worker) throw never(platform);
    const consent = await em.findOne(ConsentEntity, { where: { workerId, platformCode: platform, revokedAt: IsNull() } });
    if (!consent) throw never(platform);
    await unlinkPlatform(em, workerId, platform, now, actorOf(p));
    return { ...consent, revokedAt: now, revokedBy: actorOf(p) };
  });
}
