import { conflict, requireText } from '@nef/kit/rules';
import type { ReportStatus } from './vocabulary';

/** What one line of a report's history records. */
export const REPORT_UPDATE_KINDS = ['STATUS_CHANGE', 'PUBLIC_NOTE'] as const;
export type ReportUpdateKind = (typeof REPORT_UPDATE_KINDS)[number];

export const MAX_PUBLIC_NOTE_CHARS = 2000;
/** Public notes a report may carry, so its history stays a short list (at most 5 steps beside them). */
export const MAX_PUBLIC_NOTES = 50;

export interface HistoryLine {
  kind: ReportUpdateKind;
  status: ReportStatus;
  publicNote: string | null;
  at: Date | null;
}

/** An optional public note: absent or blank is none; otherwise 1 to 2000 characters. */
export function optionalPublicNote(note: string | null | undefined, field = 'publicNote'): string | null {
  if (note == null || note.trim() === '') return null;
  return requireText(field, note, { max: MAX_PUBLIC_NOTE_CHARS });
}

/** A note posted on its own may not be blank. */
export const requirePublicNote = (note: string, field = 'note') => requireText(field, note, { max: MAX_PUBLIC_NOTE_CHARS });

/** Refuses one more public note on a report that already has `notes` of them. */
export function requireRoomForNote(notes: number): void {
  if (notes >= MAX_PUBLIC_NOTES) throw conflict(`a report carries at most ${MAX_PUBLIC_NOTES} public notes`);
}

type ReportFacts = {
  status: ReportStatus;
  submittedAt: Date;
  reviewedAt: Date | null;
  resolvedAt: Date | null;
  externalRef: string | null;
};

/**
 * The history a report's own columns tell, for a report filed before its history was kept (or
 * loaded by the demo and the data set generator): submitted, reviewed, dispatched, resolved.
 * Only the dispatch has no time of its own, so its `at` is null.
 */
export function impliedHistory(r: ReportFacts): HistoryLine[] {
  const line = (status: ReportStatus, at: Date | null): HistoryLine => ({ kind: 'STATUS_CHANGE', status, publicNote: null, at });
  const lines = [line('SUBMITTED', r.submittedAt)];
  if (r.status === 'SUBMITTED') return lines;
  const reviewed: ReportStatus = r.status === 'REJECTED' || r.status === 'DUPLICATE' ? r.status : 'ACCEPTED';
  lines.push(line(reviewed, r.reviewedAt));
  if (r.status === 'DISPATCHED' || (r.status === 'RESOLVED' && r.externalRef !== null)) lines.push(line('DISPATCHED', null));
  if (r.status === 'RESOLVED') lines.push(line('RESOLVED', r.resolvedAt));
  return lines;
}
