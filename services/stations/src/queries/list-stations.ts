import type { Connection, Database } from '@nef/kit';
import type { StationRow } from '../entities';
import { isStationOpen } from '../rules/opening-hours';
import { applyFilter, openInstant, stationQuery, type StationFilter } from './station-filter';

/** How many rows the openAt filter reads per round while filling a page. */
const OPEN_AT_BATCH = 200;

/** A page of stations as Query.stations answers it; totalCount is counted only when asked for. */
export type StationPage = Omit<Connection<StationRow>, 'totalCount'> & { totalCount: () => Promise<number> };

/**
 * One page of stations in id order (`first + 1` rows, the last only telling that more exist)
 * and a lazy total. With openAt (or openNow, at `now`), rows are read in id-ordered batches
 * and kept when open, until the page is full, so a page never skips or repeats a station.
 */
export async function listStations(
  db: Database,
  filter: StationFilter | null | undefined,
  first: number,
  after: string | undefined,
  now: Date,
  batchSize = OPEN_AT_BATCH,
) {
  const at = openInstant(filter, now);
  const base = () => applyFilter(stationQuery(db), filter);
  let rows: StationRow[];
  if (!at) {
    const page = base().orderBy('s.id', 'ASC').take(first + 1);
    if (after) page.andWhere('s.id > :after', { after });
    rows = await page.getMany();
  } else {
    rows = [];
    let cursor = after;
    for (;;) {
      const q = base().orderBy('s.id', 'ASC').take(batchSize);
      if (cursor) q.andWhere('s.id > :after', { after: cursor });
      const batch = await q.getMany();
      for (const s of batch) {
        if (isStationOpen(s, at)) rows.push(s);
        if (rows.length > first) break;
      }
      if (rows.length > first || batch.length < batchSize) break;
      cursor = batch[batch.length - 1]!.id;
    }
  }
  const total = async () => {
    if (!at) return base().getCount();
    const hours = await base().select(['s.id', 's.status', 's.open24h', 's.openingHours', 's.openingExceptions']).getMany();
    return hours.filter((s) => isStationOpen(s, at)).length;
  };
  return { rows, total };
}
