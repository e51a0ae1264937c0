import { toConnection, type Connection, type Database } from '@nef/kit';
import { Report, type ReportRow } from '../entities';
import { nearSql, type ReportSearch } from '../rules/report-search';
import type { ReportCategory, ReportStatus } from '../rules/vocabulary';

export interface ReportFilter {
  district?: string | null;
  category?: ReportCategory | null;
  status?: ReportStatus | null;
  since?: Date | null;
  /** Text and area, checked (rules/report-search.ts). */
  search?: ReportSearch;
}

/**
 * Query.reports: the reports a filter holds, `first` at a time after the cursor's id. Keyset
 * pagination by id (UUIDv7, so oldest first); totalCount counts the whole filter.
 */
export async function listReports(db: Database, f: ReportFilter, first: number, after: string | undefined): Promise<Connection<ReportRow>> {
  const qb = db.manager.createQueryBuilder(Report, 'r');
  if (f.district != null) qb.andWhere('r.districtCode = :district', { district: f.district });
  if (f.category != null) qb.andWhere('r.category = :category', { category: f.category });
  if (f.status != null) qb.andWhere('r.status = :status', { status: f.status });
  if (f.since != null) qb.andWhere('r.submittedAt >= :since', { since: f.since });
  const search = f.search;
  if (search?.textPattern) qb.andWhere("LOWER(r.description) LIKE :text ESCAPE '!'", { text: search.textPattern });
  if (search?.box) {
    qb.andWhere('r.lat BETWEEN :minLat AND :maxLat AND r.lng BETWEEN :minLng AND :maxLng', search.box);
  }
  if (search?.circle) {
    const near = nearSql(search.circle);
    qb.andWhere(near.sql, near.params);
  }

  const totalCount = await qb.clone().getCount();
  const page = qb.clone().orderBy('r.id', 'ASC').limit(first + 1);
  if (after !== undefined) page.andWhere('r.id > :after', { after });
  const rows = await page.getMany();
  return toConnection(rows, first, (r) => r.id, totalCount);
}
