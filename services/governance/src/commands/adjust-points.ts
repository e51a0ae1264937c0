import { type Database } from '@nef/kit';
import type { PointsEntryRow } from '../entities';
import { checkAdjustment } from '../rules/points-adjustment';
import { appendEntry } from './append-points-entry';

/** adjustPoints: a manual correction (ADJUSTMENT) of a worker's balance, never below zero. */
export async function adjustPoints(db: Database, args: { workerId: string; delta: number; note: string }, now: Date): Promise<PointsEntryRow> {
  const { delta, note } = checkAdjustment(args.delta, args.note);
  const { entry } = await db.transaction((em) => appendEntry(em, db, { workerId: args.workerId, delta, reason: 'ADJUSTMENT', note, at: now }));
  return entry;
}
