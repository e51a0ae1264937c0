import { AppError, ErrorCode, badUserInput, textLength, type Principal } from '@nef/kit/rules';
import { isUnionStaff } from './union-staff';
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
 * ciphertext), or else a case-insensitive name substring. Null for an empty search. Phone
 * search is for union staff only, and only by the whole number: a text of digits that is not a
 * whole mobile number is refused, not taken as part of a number, so that masked digits cannot be
 * recovered by trying them (reason PHONE_SEARCH_WHOLE_NUMBER); partners never search by phone
 * (FORBIDDEN, reason PHONE_SEARCH_FORBIDDEN).
 */
export type WorkerSearch = { by: 'phone'; mobile: string } | { by: 'name'; pattern: string };

/** Digits, with the + and separators a number is written with: what a phone search looks like. */
const PHONE_LIKE = /^[+\d\s()-]*\d[+\d\s()-]*$/;

export function workerSearch(p: Principal, search: string | null | undefined): WorkerSearch | null {
  const text = search?.trim() ?? '';
  if (text === '') return null;
  if (textLength(text) > MAX_SEARCH) throw badUserInput(`search must be at most ${MAX_SEARCH} characters`, { field: 'search' });
  if (!PHONE_LIKE.test(text)) return { by: 'name', pattern: likeSubstring(text) };
  if (!isUnionStaff(p)) {
    throw new AppError(ErrorCode.FORBIDDEN, 'partners and other roles never search workers by phone; search by name', { reason: 'PHONE_SEARCH_FORBIDDEN' }, '合作平台等角色不能按手机号查找劳动者，请按姓名查找');
  }
  const mobile = asMobile(text);
  if (!mobile) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'search by phone takes the whole mobile number (11 digits), matched exactly', { field: 'search', reason: 'PHONE_SEARCH_WHOLE_NUMBER' }, '按手机号查找须输入完整的11位手机号，精确匹配');
  }
  return { by: 'phone', mobile };
}

/** Phone searches one union key may make in an hour; each is written to the audit log, which counts them. */
export const PHONE_SEARCHES_PER_HOUR = 60;
