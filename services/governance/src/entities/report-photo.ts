import { EntitySchema } from 'typeorm';
import type { PhotoType } from '../rules/photo';

/** A photo uploaded for a report: its bytes are in the photo store under `storageKey`. */
export interface ReportPhotoRow {
  id: string;
  /** Who uploaded it: only they may attach it to a report. */
  workerId: string;
  /** The report it belongs to; null until a report is submitted with it. */
  reportId: string | null;
  contentType: PhotoType;
  bytes: number;
  storageKey: string;
  uploadedAt: Date;
}

export const ReportPhoto = new EntitySchema<ReportPhotoRow>({
  name: 'ReportPhoto',
  tableName: 'report_photos',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    reportId: { name: 'report_id', type: 'varchar', length: 36, nullable: true },
    contentType: { name: 'content_type', type: 'varchar', length: 32 },
    bytes: { type: 'int' },
    storageKey: { name: 'storage_key', type: 'varchar', length: 200 },
    uploadedAt: { name: 'uploaded_at', type: 'datetime', precision: 3 },
  },
});
