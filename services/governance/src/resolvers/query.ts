import { badUserInput, decodeCursor, pageSize, readAuditLog, toConnection, type Database, type Principal, type SubgraphContext } from '@nef/kit';
import { MoreThanOrEqual, type FindOptionsWhere } from 'typeorm';
import { Community, GatePass, Report, Reward, VolunteerActivity, type VolunteerActivityRow } from '../entities';
import { districtCode, id } from '../domain/text';
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
  governanceAuditLog: (_: unknown, args: Parameters<typeof readAuditLog>[2], ctx: { db: Database; principal: Principal }) =>
    readAuditLog(ctx.db, ctx.principal, args),

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

  /** Active rewards, at one station or (without stationId) everywhere, oldest first; at most `first`. */
  async rewards(_: unknown, args: { stationId?: string | null; first?: number | null }, ctx: Ctx) {
    const first = pageSize(args.first, 100);
    if (args.stationId != null) return ctx.loaders.rewardsByStation(first).load(id(args.stationId, 'stationId'));
    if (first === 0) return [];
    return ctx.db.manager.find(Reward, { where: { active: true }, order: { id: 'ASC' }, take: first });
  },

  async communities(_: unknown, args: { district?: string | null; first?: number | null }, ctx: Ctx) {
    const first = pageSize(args.first, 100);
    const where = args.district != null ? { districtCode: districtCode(args.district, 'district') } : {};
    if (first === 0) return [];
    return ctx.db.manager.find(Community, { where, order: { id: 'ASC' }, take: first });
  },

  /** Upcoming: from now on, soonest first. Otherwise every activity, latest first. At most `first`. */
  async volunteerActivities(_: unknown, args: { district?: string | null; upcoming?: boolean | null; first?: number | null }, ctx: Ctx) {
    const first = pageSize(args.first, 100);
    const upcoming = args.upcoming ?? true;
    const where: FindOptionsWhere<VolunteerActivityRow> = {};
    if (args.district != null) where.districtCode = districtCode(args.district, 'district');
    if (upcoming) where.startsAt = MoreThanOrEqual(new Date());
    if (first === 0) return [];
    const found = await ctx.db.manager.find(VolunteerActivity, {
      where,
      order: upcoming ? { startsAt: 'ASC', id: 'ASC' } : { startsAt: 'DESC', id: 'DESC' },
      take: first,
    });
    // The first upcoming activity leaves the list when it starts.
    if (upcoming && found[0]) ctx.cache.validUntil(found[0].startsAt);
    return found;
  },

  /**
   * Public: a guard scans the code. Whoever holds the code sees the pass as the holder would, and
   * nothing else: the worker is only a reference, whose personal fields follow the union's rules.
   */
  gatePass(_: unknown, args: { code: string }, ctx: Ctx) {
    const code = args.code.trim().toUpperCase();
    if (code.length === 0 || code.length > 32) return null;
    return ctx.db.manager.findOne(GatePass, { where: { code } });
  },
};
