import { badUserInput, MINUTE_MS, requireText } from '@nef/kit/rules';

export interface ConsultationInput {
  title: string;
  platform: string;
  branchId: string;
  heldAt: Date;
  workerRepresentatives: number;
  measures: { category: string; description: string; dueAt?: Date | null }[];
}

export const MAX_MEASURES = 50;
export const MAX_REPRESENTATIVES = 100_000;
/** Clock skew allowed between the caller and this service when checking heldAt is not in the future. */
const SKEW_MS = 5 * MINUTE_MS;

export interface CheckedConsultation {
  title: string;
  measures: { category: string; description: string; dueAt: Date | null }[];
}

/**
 * A consultation as recorded: a title of 1 to 100 characters, held by now, 1 to 100,000
 * representatives, at most 50 measures of 1 to 500 characters each.
 */
export function checkConsultationInput(input: ConsultationInput, now: Date): CheckedConsultation {
  const title = requireText('title', input.title, { max: 100 });
  if (input.heldAt.getTime() > now.getTime() + SKEW_MS) {
    throw badUserInput('heldAt is in the future; record a consultation once it has been held', { field: 'heldAt' });
  }
  if (!Number.isInteger(input.workerRepresentatives) || input.workerRepresentatives < 1 || input.workerRepresentatives > MAX_REPRESENTATIVES) {
    throw badUserInput(`workerRepresentatives must be from 1 to ${MAX_REPRESENTATIVES}`, { field: 'workerRepresentatives' });
  }
  if (input.measures.length > MAX_MEASURES) {
    throw badUserInput(`at most ${MAX_MEASURES} measures per consultation, got ${input.measures.length}`, { field: 'measures' });
  }
  return {
    title,
    measures: input.measures.map((m, i) => ({
      category: m.category,
      description: requireText(`measures[${i}].description`, m.description, { max: 500 }),
      dueAt: m.dueAt ?? null,
    })),
  };
}
