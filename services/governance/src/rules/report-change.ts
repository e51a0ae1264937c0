import { badUserInput, requireText } from '@nef/kit/rules';
import type { ReviewDecision } from './vocabulary';

export const MAX_NOTE_CHARS = 2000;
export const MAX_EXTERNAL_REF_CHARS = 64;

/** One step of a report's life cycle as asked for, its arguments checked. */
export type ReportChange =
  | { action: 'ACCEPT' | 'REJECT'; note: string | null }
  | { action: 'DUPLICATE'; duplicateOf: string; note: string | null }
  | { action: 'DISPATCH'; externalRef: string }
  | { action: 'RESOLVE'; note: string };

/** An optional reviewer's note: absent or blank is none. */
function optionalNote(note: string | null | undefined): string | null {
  if (note == null || note.trim() === '') return null;
  return requireText('note', note, { max: MAX_NOTE_CHARS });
}

/** Turns reviewReport's arguments into a change, refusing a decision that does not fit them. */
export function reviewChange(decision: ReviewDecision, duplicateOfId: string | null | undefined, note: string | null | undefined, reportId: string): ReportChange {
  const cleanNote = optionalNote(note);
  if (decision === 'DUPLICATE') {
    if (!duplicateOfId) {
      throw badUserInput('a DUPLICATE decision needs duplicateOfId: the report this one repeats', { field: 'duplicateOfId' });
    }
    if (duplicateOfId === reportId) throw badUserInput('a report cannot duplicate itself', { field: 'duplicateOfId' });
    return { action: 'DUPLICATE', duplicateOf: duplicateOfId, note: cleanNote };
  }
  if (duplicateOfId) {
    throw badUserInput(`duplicateOfId goes only with a DUPLICATE decision, not ${decision}`, { field: 'duplicateOfId' });
  }
  return { action: decision, note: cleanNote };
}

export const dispatchChange = (externalRef: string): ReportChange => ({
  action: 'DISPATCH',
  externalRef: requireText('externalRef', externalRef, { max: MAX_EXTERNAL_REF_CHARS }),
});

export const resolveChange = (note: string): ReportChange => ({ action: 'RESOLVE', note: requireText('note', note, { max: MAX_NOTE_CHARS }) });
