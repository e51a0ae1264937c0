import type { Database } from '@nef/kit';
import { Not, IsNull } from 'typeorm';
import { ReportPhoto, type ReportPhotoRow } from '../entities';

/** A photo that belongs to a report (public, like the report), or null: photos not yet on a report are not served. */
export function attachedPhoto(db: Database, id: string): Promise<ReportPhotoRow | null> {
  return db.manager.findOne(ReportPhoto, { where: { id, reportId: Not(IsNull()) } });
}
