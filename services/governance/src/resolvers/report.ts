import { convert, pageSize, type Crs, type SubgraphContext } from '@nef/kit';
import type { ReportRow } from '../entities';
import { canSeeReporter, requireReporterVisible } from '../domain/privacy';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

export const Report = {
  __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.reportById.load(ref.id),

  reporter(r: ReportRow, _: unknown, ctx: Ctx) {
    requireReporterVisible(ctx.principal, r);
    ctx.audit.record({ field: 'Report.reporter', subjectType: 'Report', subjectId: r.id });
    return { __typename: 'Worker', id: r.reporterId };
  },
  /** The reviewer may mention who reported or why; kept to those who may see the reporter. */
  reviewNote: (r: ReportRow, _: unknown, ctx: Ctx) => (canSeeReporter(ctx.principal, r) ? r.reviewNote : null),
  location: (r: ReportRow, args: { crs: Crs }) => convert({ lat: r.lat, lng: r.lng }, 'WGS84', args.crs),
  district: (r: ReportRow) => ({ __typename: 'District', code: r.districtCode }),
  photoUrls: (r: ReportRow) => JSON.parse(r.photoUrls) as string[],
  duplicateOf: (r: ReportRow, _: unknown, ctx: Ctx) => (r.duplicateOf ? ctx.loaders.reportById.load(r.duplicateOf) : null),
  possibleDuplicates: (r: ReportRow, args: { first?: number | null }, ctx: Ctx) =>
    ctx.loaders.possibleDuplicates(pageSize(args.first, 100)).load(r),
};
