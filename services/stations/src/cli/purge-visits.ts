/**
 * npm run purge-visits -w @nef/stations [-- --days N]
 *
 * Deletes raw visit rows older than VISIT_RETENTION_DAYS (default 180) or --days; the daily
 * counts stay. The running service does the same every VISIT_PURGE_INTERVAL_MINUTES.
 */
import { openCommandDatabase, parseArgs, runCli } from '@nef/kit/cli';
import { purgeVisits } from '../commands/purge-visits';
import { service } from '../server';
import { settings } from '../settings';

runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), ['days']);
  const days = Number(flags.get('days') ?? settings.visitRetentionDays);
  if (!Number.isInteger(days) || days < 1) throw new Error('--days must be a whole number of days, at least 1');
  const db = await openCommandDatabase(service);
  try {
    const purged = await purgeVisits(db, days, new Date());
    console.log(`purged ${purged} visit row(s) older than ${days} days; daily counts unchanged`);
  } finally {
    await db.close();
  }
});
