import type { Database } from '@nef/kit';
import type { EntityManager, EntitySchema, ObjectLiteral } from 'typeorm';

/**
 * Reads one row inside a transaction, with FOR UPDATE where the engine has it, so that
 * concurrent writers deciding from the same row take turns (SQLite's transactions already do).
 */
export function lockOne<T extends ObjectLiteral>(em: EntityManager, db: Database, entity: EntitySchema<T>, where: Partial<Record<keyof T & string, unknown>>): Promise<T | null> {
  const qb = em.createQueryBuilder(entity, 'x');
  Object.entries(where).forEach(([property, value], i) => qb.andWhere(`x.${property} = :w${i}`, { [`w${i}`]: value }));
  if (db.lockMode) qb.setLock(db.lockMode);
  return qb.getOne();
}
