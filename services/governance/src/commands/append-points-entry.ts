import { isUniqueViolation, newId, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { PointsAccount, PointsEntry, type PointsAccountRow, type PointsEntryRow } from '../entities';
import { balanceAfter, checkEntry, entryTime } from '../rules/points-ledger';
import type { PointsReason } from '../rules/vocabulary';
import { lockOne } from './locks';

export interface EntryRequest {
  workerId: string;
  delta: number;
  reason: PointsReason;
  /** What the entry pays for; an entry with the same worker, reason and reference is never written twice. */
  reference?: string | null;
  /** Why an operator moved the balance; shown in the worker's history. */
  note?: string | null;
  /** When the entry happened: the request's now, or a past event's time (demo data). */
  at: Date;
}

export interface AppendResult {
  entry: PointsEntryRow;
  /** False when the reference had already been paid and the earlier entry is returned. */
  created: boolean;
}

/**
 * Appends one entry to a worker's points ledger and moves the balance with it. Must run inside
 * `db.transaction`: the account row is locked first, so appends for one worker take turns and
 * every entry's balanceAfter follows from the one before (rules/points-ledger.ts). A balance never
 * goes below zero (CONFLICT), and a reference already paid for the same reason returns the
 * earlier entry.
 */
export async function appendEntry(em: EntityManager, db: Database, req: EntryRequest): Promise<AppendResult> {
  const reference = req.reference ?? null;
  checkEntry(req.delta, reference);
  const account = await lockAccount(em, db, req.workerId, req.at);

  if (reference !== null) {
    const earlier = await findPaid(em, db, req.workerId, req.reason, reference);
    if (earlier) return { entry: earlier, created: false };
  }

  const balance = balanceAfter(account.balance, req.delta);
  const previous = await lastEntry(em, db, req.workerId);
  const createdAt = new Date(entryTime(previous ? previous.createdAt.getTime() : null, req.at.getTime()));
  const entry: PointsEntryRow = {
    id: newId(),
    workerId: req.workerId,
    delta: req.delta,
    reason: req.reason,
    balanceAfter: balance,
    reference,
    note: req.note ?? null,
    createdAt,
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
  await em.update(PointsAccount, { workerId: req.workerId }, { balance, updatedAt: createdAt });
  return { entry, created: true };
}

/**
 * The worker's account row, locked for the rest of the transaction; opened at zero on first use.
 * The upsert creates or write-locks the row in one statement: concurrent first appends then
 * queue on that row instead of deadlocking on the gap a missing row leaves.
 */
async function lockAccount(em: EntityManager, db: Database, workerId: string, at: Date): Promise<PointsAccountRow> {
  await em
    .createQueryBuilder()
    .insert()
    .into(PointsAccount)
    .values({ workerId, balance: 0, updatedAt: at })
    .orUpdate(['worker_id'], ['worker_id'])
    .execute();
  const account = await lockOne(em, db, PointsAccount, { workerId });
  if (!account) throw new Error(`points account ${workerId} vanished while locked`);
  return account;
}

/**
 * The entry that already paid this reference. A locking read on MySQL, so it sees the latest
 * committed rows rather than the transaction's snapshot, which may predate the account lock.
 */
function findPaid(em: EntityManager, db: Database, workerId: string, reason: PointsReason, reference: string) {
  return lockOne(em, db, PointsEntry, { workerId, reason, reference });
}

/** The worker's latest entry, by a locking read like findPaid, to date the next one after it. */
function lastEntry(em: EntityManager, db: Database, workerId: string): Promise<PointsEntryRow | null> {
  const qb = em
    .createQueryBuilder(PointsEntry, 'e')
    .where('e.workerId = :workerId', { workerId })
    .orderBy('e.createdAt', 'DESC')
    .limit(1);
  if (db.lockMode) qb.setLock(db.lockMode);
  return qb.getOne();
}
