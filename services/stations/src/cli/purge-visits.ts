/**
 * npm run purge-visits -w @nef/stations [-- --days N]
 *
 * Deletes raw visit rows older than VISIT_RETENTION_DAYS (default 180) or --days; the daily
 * counts stay. The running service does the same every VISIT_PURGE_INTERVAL_MINUTES.
 */
import { settings } from '../config';
import { purgeVisits } from '../domain/visits';
import { openDatabase, parseArgs, runCli } from './common';

runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), ['days']);
  const days = Number(flags.get('days') ?? settings.visitRetentionDays);
  if (!Number.isInteger(days) || days < 1) throw new Error('--days must be a whole number of days, at least 1');
  const db = await openDatabase();
  try {
    const purged = await purgeVisits(db, days);
    console.log(`purged ${purged} visit row(s) older than ${days} days; daily counts unchanged`);
  } finally {
    await db.close();
  }
});
