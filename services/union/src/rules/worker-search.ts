import { badUserInput, textLength } from '@nef/kit/rules';
import { asMobile } from './phone';

export const MAX_SEARCH = 50;

/** `LIKE ... ESCAPE '!'` pattern for a substring: `!`, `%` and `_` in the text match themselves. */
export function likeSubstring(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** The SQL condition likeSubstring's pattern is written for: the escape character is the one it uses. */
export const nameSearchSql = (nameColumn: string, param: string) => `LOWER(${nameColumn}) LIKE :${param} ESCAPE '!'`;

/**
 * What a search text means: a whole mobile number (compared by its keyed hash, never against
 * ciphertext), four digits (the phone's last four), or else a case-insensitive name substring.
 * Null for an empty search.
 */
export type WorkerSearch = { by: 'phone'; mobile: string } | { by: 'last4'; digits: string } | { by: 'name'; pattern: string };

export function workerSearch(search: string | null | undefined): WorkerSearch | null {
  const text = search?.trim() ?? '';
  if (text === '') return null;
  if (textLength(text) > MAX_SEARCH) throw badUserInput(`search must be at most ${MAX_SEARCH} characters`, { field: 'search' });
  const mobile = asMobile(text);
  if (mobile) return { by: 'phone', mobile };
  if (/^\d{4}$/.test(text)) return { by: 'last4', digits: text };
  return { by: 'name', pattern: likeSubstring(text) };
}
