import { conflict, badUserInput, newId, isUniqueViolation, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { PointsAccount, PointsEntry, type PointsAccountRow, type PointsEntryRow } from '../entities';
import type { PointsReason } from './vocabulary';

export interface EntryRequest {
  workerId: string;
  delta: number;
  reason: PointsReason;
  /** What the entry pays for; an entry with the same worker, reason and reference is never written twice. */
  reference?: string | null;
  /** Why an operator moved the balance; shown in the worker's history. */
  note?: string | null;
  /** When the entry happened; now unless replaying a past event (demo data). */
  at?: Date;
}

export interface AppendResult {
  entry: PointsEntryRow;
  /** False when the reference had already been paid and the earlier entry is returned. */
  created: boolean;
}

/**
 * Appends one entry to a worker's points ledger and moves the balance with it. Must run inside
 * `db.transaction`: the account row is locked first, so appends for one worker take turns and
 * every entry's balanceAfter follows from the one before. A balance never goes below zero
 * (CONFLICT), and a reference already paid for the same reason returns the earlier entry.
 */
export async function appendEntry(em: EntityManager, db: Database, req: EntryRequest): Promise<AppendResult> {
  if (!Number.isInteger(req.delta) || req.delta === 0) {
    throw badUserInput(`a points entry moves a non-zero whole number of points, got ${req.delta}`, { field: 'delta' });
  }
  const reference = req.reference ?? null;
  if (reference !== null && (reference.length === 0 || reference.length > 100)) {
    throw badUserInput('a points entry reference is 1 to 100 characters', { field: 'reference' });
  }
  const account = await lockAccount(em, db, req.workerId);

  if (reference !== null) {
    const earlier = await findPaid(em, db, req.workerId, req.reason, reference);
    if (earlier) return { entry: earlier, created: false };
  }

  const balanceAfter = account.balance + req.delta;
  if (balanceAfter < 0) {
    throw conflict(`insufficient points: the balance is ${account.balance}, this needs ${-req.delta}`);
  }
  const now = await entryTime(em, db, req.workerId, req.at ?? new Date());
  const entry: PointsEntryRow = {
    id: newId(),
    workerId: req.workerId,
    delta: req.delta,
    reason: req.reason,
    balanceAfter,
    reference,
    note: req.note ?? null,
    createdAt: now,
  };
  try {
    await em.insert(PointsEntry, { ...entry });
  } catch (err) {
    // The account lock serialises appends per worker, so this is only a backstop.
    if (reference !== null && isUniqueViolation(err)) {
      const earlier = await findPaid(em, db, req.workerId, req.reason, reference);
      if (earlier) return { entry: earlier, created: false };
    }
    throw err;
  }
  await em.update(PointsAccount, { workerId: req.workerId }, { balance: balanceAfter, updatedAt: now });
  return { entry, created: true };
}

/**
 * The worker's account row, locked for the rest of the transaction; opened at zero on first use.
 * The upsert creates or write-locks the row in one statement: concurrent first appends then
 * queue on that row instead of deadlocking on the gap a missing row leaves.
 */
async function lockAccount(em: EntityManager, db: Database, workerId: string): Promise<PointsAccountRow> {
  await em
    .createQueryBuilder()
    .insert()
    .into(PointsAccount)
    .values({ workerId, balance: 0, updatedAt: new Date() })
    .orUpdate(['worker_id'], ['worker_id'])
    .execute();
  const account = await findLocked(em, db, workerId);
  if (!account) throw new Error(`points account ${workerId} vanished while locked`);
  return account;
}

function findLocked(em: EntityManager, db: Database, workerId: string): Promise<PointsAccountRow | null> {
  const qb = em.createQueryBuilder(PointsAccount, 'a').where('a.workerId = :workerId', { workerId });
  if (db.lockMode) qb.setLock(db.lockMode);
  return qb.getOne();
}

/**
 * The entry that already paid this reference. A locking read on MySQL, so it sees the latest
 * committed rows rather than the transaction's snapshot, which may predate the account lock.
 */
function findPaid(em: EntityManager, db: Database, workerId: string, reason: PointsReason, reference: string) {
  const qb = em
    .createQueryBuilder(PointsEntry, 'e')
    .where('e.workerId = :workerId AND e.reason = :reason AND e.reference = :reference', { workerId, reason, reference });
  if (db.lockMode) qb.setLock(db.lockMode);
  return qb.getOne();
}

/**
 * When the new entry is dated: its own time, but strictly after the worker's previous entry,
 * so that ordering by created_at always follows the balanceAfter chain (two appends in one
 * millisecond would otherwise tie). A locking read, like findPaid, to see the latest entry.
 */
async function entryTime(em: EntityManager, db: Database, workerId: string, at: Date): Promise<Date> {
  const qb = em
    .createQueryBuilder(PointsEntry, 'e')
    .where('e.workerId = :workerId', { workerId })
    .orderBy('e.createdAt', 'DESC')
    .limit(1);
  if (db.lockMode) qb.setLock(db.lockMode);
  const last = await qb.getOne();
  if (last && last.createdAt.getTime() >= at.getTime()) return new Date(last.createdAt.getTime() + 1);
  return at;
}
