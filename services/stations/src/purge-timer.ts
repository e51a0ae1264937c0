import type { Database, Logger } from '@nef/kit';
import { purgeVisits } from './domain/visits';

/**
 * Purges expired visit rows now and then every `intervalMinutes`. The timer is unref'd so it
 * never keeps the process alive; a failed run is logged and the next one tries again.
 */
export function startVisitPurge(db: Database, log: Logger, retentionDays: number, intervalMinutes: number): () => void {
  if (intervalMinutes <= 0) return () => {};
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const purged = await purgeVisits(db, retentionDays);
      if (purged) log.info({ purged, retentionDays }, 'purged expired visit rows');
    } catch (err) {
      log.error({ err }, 'visit purge failed');
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), intervalMinutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
