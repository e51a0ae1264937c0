import { pageSize, type Database } from '@nef/kit';
import { AssistanceCaseEntity } from '../entities';
import { keysetPage } from './pages';

/** Cases, most recently opened first: of one worker (null: everyone's), optionally in one status. */
export function listCases(db: Database, workerId: string | null, status: string | null | undefined, first: number | null | undefined) {
  const n = pageSize(first);
  if (n === 0) return Promise.resolve([]);
  const where: Record<string, string> = {};
  if (workerId != null) where.workerId = workerId;
  if (status != null) where.status = status;
  return db.manager.find(AssistanceCaseEntity, { where, order: { openedAt: 'DESC', id: 'DESC' }, take: n });
}

/** `listCases` page by page: most recently opened first, then by id. */
export function pageCases(db: Database, workerId: string | null, args: { status?: string | null; first?: number | null; after?: string | null }) {
  const qb = db.manager.createQueryBuilder(AssistanceCaseEntity, 'a');
  if (workerId != null) qb.andWhere('a.worker_id = :workerId', { workerId });
  if (args.status != null) qb.andWhere('a.status = :status', { status: args.status });
  return keysetPage(qb, { table: 'assistance_cases', alias: 'a', column: 'opened_at', key: 'id', direction: 'DESC', uuidKeys: true }, args, (c) => c.id);
}
