import type { Database, WorkerPrivacy } from '@nef/kit';
import { StationVisitEntity } from '../entities';
import { workerExport } from '../queries/worker-export';

/**
 * Closes a worker's account here, in one transaction. Per table:
 * - station_visits: deleted. Each row says where the worker was and when; nothing outside the
 *   worker's own history reads them.
 * - station_visit_days, district_visit_days: kept as they are. They count visits per station or
 *   district and day, name nobody, and are what published visit figures add up from; a purge of
 *   old visits leaves them the same way (commands/purge-visits.ts).
 * - stations, amenities, merchant offers, regions: not about any worker.
 * - audit_log: kept; it is append-only, and it is the record of who read the worker's data.
 *
 * A visit recorded at the same moment is its own transaction (commands/record-visit.ts): it
 * lands whole before the delete, and is deleted with the rest, or whole after it, as a new
 * visit. Deleting by worker_id walks the worker's own index range, so other workers' check-ins
 * do not wait on it.
 */
export async function closeWorker(db: Database, workerId: string): Promise<{ visitsDeleted: number }> {
  return db.transaction(async (em) => {
    const deleted = await em.delete(StationVisitEntity, { workerId });
    return { visitsDeleted: deleted.affected ?? 0 };
  });
}

/** The worker's rights over what this service holds (the kit's `/privacy/*` routes). */
export const workerPrivacy: WorkerPrivacy = {
  export: (db, workerId) => workerExport(db, workerId),
  close: (db, workerId) => closeWorker(db, workerId),
};
