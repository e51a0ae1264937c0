import { badUserInput, decodeCursor, pageSize, toConnection, type SubgraphContext } from '@nef/kit';
import { Report } from '../entities';
import type { ReportCategory, ReportStatus } from '../domain/vocabulary';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

interface ReportFilter {
  district?: string | null;
  category?: ReportCategory | null;
  status?: ReportStatus | null;
  since?: Date | null;
}

export const Query = {
  report: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.reportById.load(args.id),

  /** Keyset pagination by id (UUIDv7, so oldest first); totalCount counts the whole filter. */
  async reports(_: unknown, args: { filter?: ReportFilter | null; first?: number | null; after?: string | null }, ctx: Ctx) {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after);
    const f = args.filter ?? {};
    const qb = ctx.db.manager.createQueryBuilder(Report, 'r');
    if (f.district != null) {
      if (!/^\d{6}$/.test(f.district)) {
        throw badUserInput(`filter.district must be a six-digit district code such as 110105, got "${f.district}"`, {
          field: 'filter.district',
        });
      }
      qb.andWhere('r.districtCode = :district', { district: f.district });
    }
    if (f.category != null) qb.andWhere('r.category = :category', { category: f.category });
    if (f.status != null) qb.andWhere('r.status = :status', { status: f.status });
    if (f.since != null) qb.andWhere('r.submittedAt >= :since', { since: f.since });

    const totalCount = await qb.clone().getCount();
    const page = qb.clone().orderBy('r.id', 'ASC').limit(first + 1);
    if (after !== undefined) page.andWhere('r.id > :after', { after });
    const rows = await page.getMany();
    return toConnection(rows, first, (r) => r.id, totalCount);
  },
};
