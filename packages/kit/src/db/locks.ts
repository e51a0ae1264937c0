import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Database } from './database';

/**
 * Reads one row inside a transaction, locked for the rest of it (`SELECT ... FOR UPDATE` on
 * MySQL), so that concurrent writers deciding from the same row take turns. SQLite's
 * transactions already take turns, so there it is a plain read. `where` names properties and
 * the values they must equal.
 *
 * Lock rows that exist: a parent row, or the row a key names. On MySQL a locking read that finds
 * nothing still locks the gap where such a row would go, gaps are shared by whatever keys sort
 * beside each other, and two transactions that each hold a gap and then insert into it
 * deadlock: writes for different workers would then wait for, and fail on, each other. To
 * decide "is it there yet?", lock the row that owns the answer (the worker's, the course's) and
 * read with a plain query, or let a unique index decide on insert.
 *
 * @example
 *   const course = await lockOne(em, db, Course, { id: courseId });
 */
export function lockOne<T extends ObjectLiteral>(
  em: EntityManager,
  db: Pick<Database, 'lockMode'>,
  entity: EntityTarget<T>,
  where: Partial<Record<keyof T & string, unknown>>,
): Promise<T | null> {
  const qb = em.createQueryBuilder(entity, 'x');
  Object.entries(where).forEach(([property, value], i) => qb.andWhere(`x.${property} = :w${i}`, { [`w${i}`]: value }));
  if (db.lockMode) qb.setLock(db.lockMode);
  return qb.getOne();
}
