import { newId, type Database } from '@nef/kit';
import { ReportPhoto, type ReportPhotoRow } from '../entities';
import { cleanPhoto, decodePhotoBase64, EXTENSION } from '../rules/photo';
import { photoStore, type PhotoStore } from '../storage/photo-store';

/**
 * uploadReportPhoto: checks the photo by its content (JPEG, PNG or WebP, at most
 * MAX_PHOTO_BYTES), cuts out its metadata (location included), writes the bytes to the photo
 * store and records the photo for the worker, to attach to a report at submission. The bytes
 * are written before the row: a failure between the two leaves an unreferenced file, never a
 * row without its photo.
 */
export async function uploadReportPhoto(
  db: Database,
  args: { workerId: string; contentBase64: string },
  now: Date,
  store: PhotoStore = photoStore(),
): Promise<ReportPhotoRow> {
  const { type, bytes } = cleanPhoto(decodePhotoBase64(args.contentBase64));
  const id = newId();
  const row: ReportPhotoRow = {
    id,
    workerId: args.workerId,
    reportId: null,
    contentType: type,
    bytes: bytes.length,
    storageKey: `${id}.${EXTENSION[type]}`,
    uploadedAt: now,
  };
  await store.put(row.storageKey, bytes, type);
  await db.transaction((em) => em.insert(ReportPhoto, { ...row }));
  return row;
}
