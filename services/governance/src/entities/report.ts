import { EntitySchema } from 'typeorm';
import type { ReportCategory, ReportStatus } from '../rules/vocabulary';

export interface ReportRow {
  id: string;
  reporterId: string;
  /** The partner platform that submitted it: that partner may see who reported. */
  reporterPlatform: string | null;
  idempotencyKey: string | null;
  category: ReportCategory;
  description: string;
  /** WGS-84. */
  lat: number;
  lng: number;
  districtCode: string;
  /** Nine-digit street or township code inside the district; null (or absent) when not given. */
  streetCode?: string | null;
  /** JSON array of URLs. */
  photoUrls: string;
  status: ReportStatus;
  duplicateOf: string | null;
  submittedAt: Date;
  reviewedAt: Date | null;
  resolvedAt: Date | null;
  resolutionNote: string | null;
  /** The reviewer's note (why rejected, what to fix); shown to those who may see the reporter. */
  reviewNote: string | null;
  externalRef: string | null;
  pointsAwarded: number;
}

export const Report = new EntitySchema<ReportRow>({
  name: 'Report',
  tableName: 'reports',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    reporterId: { name: 'reporter_id', type: 'varchar', length: 36 },
    reporterPlatform: { name: 'reporter_platform', type: 'varchar', length: 32, nullable: true },
    idempotencyKey: { name: 'idempotency_key', type: 'varchar', length: 100, nullable: true },
    category: { type: 'varchar', length: 32 },
    description: { type: 'text' },
    lat: { type: 'double' },
    lng: { type: 'double' },
    districtCode: { name: 'district_code', type: 'varchar', length: 12 },
    streetCode: { name: 'street_code', type: 'varchar', length: 12, nullable: true },
    photoUrls: { name: 'photo_urls', type: 'text' },
    status: { type: 'varchar', length: 16 },
    duplicateOf: { name: 'duplicate_of', type: 'varchar', length: 36, nullable: true },
    submittedAt: { name: 'submitted_at', type: 'datetime', precision: 3 },
    reviewedAt: { name: 'reviewed_at', type: 'datetime', precision: 3, nullable: true },
    resolvedAt: { name: 'resolved_at', type: 'datetime', precision: 3, nullable: true },
    resolutionNote: { name: 'resolution_note', type: 'text', nullable: true },
    reviewNote: { name: 'review_note', type: 'text', nullable: true },
    externalRef: { name: 'external_ref', type: 'varchar', length: 64, nullable: true },
    // No `default` here (the migration has it): TypeORM would re-select inserted rows to read
    // defaults back, matching them to the inserted objects by position, which mixes rows up.
    pointsAwarded: { name: 'points_awarded', type: 'int' },
  },
});
