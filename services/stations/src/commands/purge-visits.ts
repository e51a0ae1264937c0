import type { Database } from '@nef/kit';
import { LessThan } from 'typeorm';
import { StationVisitEntity } from '../entities';
import { retentionCutoff } from '../rules/visit-retention';

/**
 * Deletes raw visit rows older than the retention, in batches (one transaction each) so that
 * no single statement holds locks for long. Counts live in the daily rollup and do not change.
 */
export async function purgeVisits(db: Database, retentionDays: number, now: Date, batchSize = 5000): Promise<number> {
  const cutoff = retentionCutoff(now, retentionDays);
  let purged = 0;
  for (;;) {
    const old = await db.manager.find(StationVisitEntity, { select: { id: true }, where: { at: LessThan(cutoff) }, order: { at: 'ASC' }, take: batchSize });
    if (old.length === 0) return purged;
    await db.transaction((em) => em.delete(StationVisitEntity, old.map((v) => v.id)));
    purged += old.length;
    if (old.length < batchSize) return purged;
  }
}
