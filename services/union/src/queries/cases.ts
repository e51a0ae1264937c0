import { pageSize, type Database } from '@nef/kit';
import { AssistanceCaseEntity } from '../entities';

/** Cases, most recently opened first: of one worker (null: everyone's), optionally in one status. */
export function listCases(db: Database, workerId: string | null, status: string | null | undefined, first: number | null | undefined) {
  const n = pageSize(first);
  if (n === 0) return Promise.resolve([]);
  const where: Record<string, string> = {};
  if (workerId != null) where.workerId = workerId;
  if (status != null) where.status = status;
  return db.manager.find(AssistanceCaseEntity, { where, order: { openedAt: 'DESC', id: 'DESC' }, take: n });
}
