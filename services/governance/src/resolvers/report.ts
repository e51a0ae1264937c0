import { convert, pageSize } from '@nef/kit';
import type { ReportResolvers } from '../generated/resolvers';
import { canSeeReporter, requireReporterVisible } from '../rules/reporter-privacy';
import { districtRef, workerRef } from './refs';

export const Report: ReportResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.reportById.load(ref.id),

  reporter(r, _, ctx) {
    requireReporterVisible(ctx.principal, r);
    ctx.audit.record({ field: 'Report.reporter', subjectType: 'Report', subjectId: r.id });
    return workerRef(r.reporterId);
  },
  /** The reviewer may mention who reported or why; kept to those who may see the reporter. */
  reviewNote: (r, _, ctx) => (canSeeReporter(ctx.principal, r) ? r.reviewNote : null),
  location: (r, args) => convert({ lat: r.lat, lng: r.lng }, 'WGS84', args.crs),
  district: (r) => districtRef(r.districtCode),
  photoUrls: (r) => JSON.parse(r.photoUrls) as string[],
  duplicateOf: (r, _, ctx) => (r.duplicateOf ? ctx.loaders.reportById.load(r.duplicateOf) : null),
  possibleDuplicates: (r, args, ctx) => ctx.loaders.possibleDuplicates(pageSize(args.first, 100)).load(r),
};
