import { convert, pageSize } from '@nef/kit';
import type { ReportResolvers } from '../generated/resolvers';
import { photoUrl } from '../rules/photo';
import { impliedHistory } from '../rules/report-history';
import { settings } from '../settings';
import { canSeeReporter, requireReporterVisible } from '../rules/reporter-privacy';
import { CLOSED_REPORTER_ID } from '../rules/worker-closure';
import { districtRef, workerRef } from './refs';

export const Report: ReportResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.reportById.load(ref.id),

  reporter(r, _, ctx) {
    requireReporterVisible(ctx.principal, r);
    // A reporter who closed their account is no one now: null, not a reference the union cannot resolve.
    if (r.reporterId === CLOSED_REPORTER_ID) return null;
    ctx.audit.record({ field: 'Report.reporter', subjectType: 'Report', subjectId: r.id });
    return workerRef(r.reporterId);
  },
  /** The reviewer may mention who reported or why; kept to those who may see the reporter. */
  reviewNote: (r, _, ctx) => (canSeeReporter(ctx.principal, r) ? r.reviewNote : null),
  location: (r, args) => convert({ lat: r.lat, lng: r.lng }, 'WGS84', args.crs),
  district: (r) => districtRef(r.districtCode),
  streetCode: (r) => r.streetCode ?? null,
  /** The links submitted, then the uploaded photos' URLs when the deployment names its public URL. */
  async photoUrls(r, _, ctx) {
    const linked = JSON.parse(r.photoUrls) as string[];
    const base = settings().publicUrl;
    if (!base) return linked;
    const uploaded = await ctx.loaders.photosByReport.load(r.id);
    return [...linked, ...uploaded.map((p) => photoUrl(base, p.id)!)];
  },
  photos: (r, _, ctx) => ctx.loaders.photosByReport.load(r.id),
  duplicateOf: (r, _, ctx) => (r.duplicateOf ? ctx.loaders.reportById.load(r.duplicateOf) : null),
  /** Stored lines, or, for a report whose history was never written, what its columns tell. */
  async history(r, _, ctx) {
    const stored = await ctx.loaders.historyByReport.load(r.id);
    return stored.length ? stored : impliedHistory(r);
  },
  possibleDuplicates: (r, args, ctx) => ctx.loaders.possibleDuplicates(pageSize(args.first, 100)).load(r),
};
