import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Database } from '@nef/kit';

/**
 * Reads one row by id inside a transaction, with FOR UPDATE where the engine has it, so that
 * concurrent writers deciding from the same row take turns. SQLite's transactions already do.
 */
export async function lockRow<T extends ObjectLiteral>(
  em: EntityManager,
  db: Database,
  entity: EntityTarget<T>,
  id: string,
): Promise<T | null> {
  const qb = em.createQueryBuilder(entity, 'r').where('r.id = :id', { id });
  if (db.lockMode) qb.setLock(db.lockMode);
  return qb.getOne();
}
