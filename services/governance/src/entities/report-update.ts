import { EntitySchema } from 'typeorm';
import type { ReportStatus } from '../rules/vocabulary';
import type { ReportUpdateKind } from '../rules/report-history';

/** One line of a report's public history: a step of its life cycle, or a note for the public. */
export interface ReportUpdateRow {
  id: string;
  reportId: string;
  /** Position in the report's history, from 0 (its submission); unique per report. */
  seq: number;
  kind: ReportUpdateKind;
  /** The report's status after this update. */
  status: ReportStatus;
  /** What the reviewer or dispatcher wrote for the public; null when nothing. */
  publicNote: string | null;
  /** When; null only for a step whose time was never recorded (see rules/report-history.ts). */
  at: Date | null;
}

export const ReportUpdate = new EntitySchema<ReportUpdateRow>({
  name: 'ReportUpdate',
  tableName: 'report_updates',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    reportId: { name: 'report_id', type: 'varchar', length: 36 },
    seq: { type: 'int' },
    kind: { type: 'varchar', length: 16 },
    status: { type: 'varchar', length: 16 },
    publicNote: { name: 'public_note', type: 'text', nullable: true },
    at: { type: 'datetime', precision: 3, nullable: true },
  },
});
