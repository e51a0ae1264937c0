import { IsNull, type EntityManager } from 'typeorm';
import { bumpDataVersionsIn } from '@nef/kit';
import { ConsentEntity, PlatformAccountEntity } from '../../entities';
import { RollupDelta } from '../../rules/metric-rollups';
import { applyRollups, currentStanding } from './rollups';

/**
 * Ends a platform's hold on a worker in the caller's transaction, under the worker's row lock:
 * its account is unlinked (the member counts per platform follow) and its consent, if any still
 * stands, is marked withdrawn. True when there was something to end.
 *
 * The `union` and `links` data versions move in the same transaction when anything ended, so no
 * gateway can read the new version and still hold the old mapping, nor the unlink commit without
 * the version moving (a crash between the two used to leave gateways resolving the account). The
 * gateway's own bump after the mutation stays; moving twice is harmless.
 */
export async function unlinkPlatform(em: EntityManager, workerId: string, platform: string, now: Date, by: string): Promise<boolean> {
  const before = await currentStanding(em, workerId);
  const removed = await em.delete(PlatformAccountEntity, { workerId, platformCode: platform });
  const revoked = await em.update(ConsentEntity, { workerId, platformCode: platform, revokedAt: IsNull() }, { revokedAt: now, revokedBy: by });
  if (before && (removed.affected ?? 0) > 0) {
    const after = await currentStanding(em, workerId);
    if (after) await applyRollups(em, new RollupDelta().change(before, after));
  }
  const ended = (removed.affected ?? 0) > 0 || (revoked.affected ?? 0) > 0;
  if (ended) await bumpDataVersionsIn(em, ['union', 'links']);
  return ended;
}
