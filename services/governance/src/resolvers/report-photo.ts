import type { ReportPhotoResolvers } from '../generated/resolvers';
import { photoPath, photoUrl } from '../rules/photo';
import { settings } from '../settings';

export const ReportPhoto: ReportPhotoResolvers = {
  path: (p) => photoPath(p.id),
  url: (p) => photoUrl(settings().publicUrl, p.id),
};
