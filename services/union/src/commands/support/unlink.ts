import { IsNull, type EntityManager } from 'typeorm';
import { ConsentEntity, PlatformAccountEntity } from '../../entities';
import { RollupDelta } from '../../rules/metric-rollups';
import { applyRollups, currentStanding } from './rollups';

/**
 * Ends a platform's hold on a worker in the caller's transaction, under the worker's row lock:
 * its account is unlinked (the member counts per platform follow) and its consent, if any still
 * stands, is marked withdrawn. True when there was something to end.
 */
export async function unlinkPlatform(em: EntityManager, workerId: string, platform: string, now: Date, by: string): Promise<boolean> {
  const before = await currentStanding(em, workerId);
  const removed = await em.delete(PlatformAccountEntity, { workerId, platformCode: platform });
  const revoked = await em.update(ConsentEntity, { workerId, platformCode: platform, revokedAt: IsNull() }, { revokedAt: now, revokedBy: by });
  if (before && (removed.affected ?? 0) > 0) {
    const after = await currentStanding(em, workerId);
    if (after) await applyRollups(em, new RollupDelta().change(before, after));
  }
  return (removed.affected ?? 0) > 0 || (revoked.affected ?? 0) > 0;
}
