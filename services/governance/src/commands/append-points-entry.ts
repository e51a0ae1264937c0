import { isUniqueViolation, lockOne, newId, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { PointsAccount, PointsEntry, type PointsAccountRow, type PointsEntryRow } from '../entities';
import { balanceAfter, checkEntry, entryTime } from '../rules/points-ledger';
import type { PointsReason } from '../rules/vocabulary';

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
 *
 * Appends for different workers never wait for each other. The account row is the only lock
 * taken, and it is one row per worker; the ledger itself is never read with a lock. On MySQL a
 * locking read that finds no rows (a worker's first entry, a reference not yet paid) locks the
 * gap where such rows would go, gaps are shared between workers whose ids sort next to each
 * other, and two transactions that each hold a gap and then insert into it deadlock. So what
 * the next entry needs from the ledger is kept on the account row (its balance, and as
 * `updatedAt` the time of the latest entry), and a paid reference is found by a plain read,
 * with the unique (worker, reason, reference) index as the judge when that read is out of date.
 * (Running transactions at READ COMMITTED would also drop the gap locks, but for every command
 * of the service at once; this keeps the fix where the locks are taken.)
 */
export async function appendEntry(em: EntityManager, db: Database, req: EntryRequest): Promise<AppendResult> {
  const reference = req.reference ?? null;
  checkEntry(req.delta, reference);
  const account = await lockAccount(em, db, req.workerId);

  if (reference !== null) {
    // A plain read sees the transaction's snapshot. On MySQL that snapshot may predate the
    // account lock when the caller read something before; a payment committed since is then
    // caught by the unique index below, or by the locking look-up before a refusal.
    const earlier = await findPaid(em, req.workerId, req.reason, reference);
    if (earlier) return { entry: earlier, created: false };
  }

  if (reference !== null && account.balance + req.delta < 0) {
    // About to refuse: first make sure the reference was not paid since the snapshot. This
    // locking read may lock a gap, but the transaction then only rolls back.
    const earlier = await lockPaid(em, db, req.workerId, req.reason, reference);
    if (earlier) return { entry: earlier, created: false };
  }
  const balance = balanceAfter(account.balance, req.delta);
  const previousAt = account.updatedAt.getTime() > OPENED_AT.getTime() ? account.updatedAt.getTime() : null;
  const createdAt = new Date(entryTime(previousAt, req.at.getTime()));
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
    // Paid by a transaction that committed after this one's snapshot was taken: the row exists
    // (the locking read finds it, locking no gap), and nothing of this append was written.
    if (reference !== null && isUniqueViolation(err)) {
      const earlier = await lockPaid(em, db, req.workerId, req.reason, reference);
      if (earlier) return { entry: earlier, created: false };
    }
    throw err;
  }
  await em.update(PointsAccount, { workerId: req.workerId }, { balance, updatedAt: createdAt });
  return { entry, created: true };
}

/**
 * The `updatedAt` of an account opened by the append in progress: before any entry. An account
 * is only ever committed with its first entry, which replaces it with that entry's time.
 */
const OPENED_AT = new Date(0);

/** Whether an account holds no entry yet: opened by the transaction that holds it, and never committed so. */
export const isUnopened = (account: Pick<PointsAccountRow, 'updatedAt'>) => account.updatedAt.getTime() <= OPENED_AT.getTime();

/**
 * The worker's account row, locked for the rest of the transaction; opened at zero on first use.
 * The upsert creates or write-locks the row in one statement (a missing primary key leaves no
 * gap lock behind, unlike a locking read that finds nothing), and the read after it, by primary
 * key on a row that now exists, locks that row only and sees the latest committed balance.
 * Every write of a worker's points takes it first, so whoever else holds it (closing the
 * worker's account) has the worker's ledger to itself.
 */
export async function lockAccount(em: EntityManager, db: Database, workerId: string): Promise<PointsAccountRow> {
  await em
    .createQueryBuilder()
    .insert()
    .into(PointsAccount)
    .values({ workerId, balance: 0, updatedAt: OPENED_AT })
    .orUpdate(['worker_id'], ['worker_id'])
    .execute();
  const account = await lockOne(em, db, PointsAccount, { workerId });
  if (!account) throw new Error(`points account ${workerId} vanished while locked`);
  return account;
}

/** The entry that already paid this reference, as the transaction's snapshot has it. */
function findPaid(em: EntityManager, workerId: string, reason: PointsReason, reference: string): Promise<PointsEntryRow | null> {
  return em.findOne(PointsEntry, { where: { workerId, reason, reference } });
}

/** The same, by a locking read: it sees the latest commit, whatever the snapshot. */
function lockPaid(em: EntityManager, db: Database, workerId: string, reason: PointsReason, reference: string): Promise<PointsEntryRow | null> {
  return lockOne(em, db, PointsEntry, { workerId, reason, reference });
}
