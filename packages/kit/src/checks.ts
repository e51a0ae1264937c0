/**
 * Checks of what a client sends, each ending in BAD_USER_INPUT that names the field, says what
 * is allowed and what was received. Lengths are counted in characters (Unicode code points),
 * so 王 and 🚲 each count one, as a person counting them would. Each message is given in English
 * and in Chinese (the field named as the schema spells it, e.g. 「input.name」), so a Chinese
 * caller reads the same refusal exactly.
 */
import { badUserInput } from './errors';
import { quoteField } from './i18n';

/** Length of a text in characters (code points), not UTF-16 units. */
export function textLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

export interface TextRule {
  /** Fewest characters after trimming; 1 unless said (0 allows an empty text). */
  min?: number;
  max: number;
  /** Trim white space at both ends before counting and storing; true unless said. */
  trim?: boolean;
}

/** A required text within its length; returns it trimmed (unless `trim: false`). */
export function requireText(field: string, value: string, rule: TextRule): string {
  const text = rule.trim === false ? value : value.trim();
  const min = rule.min ?? 1;
  const length = textLength(text);
  if (length < min) {
    throw badUserInput(
      min === 1 ? `${field} must not be empty` : `${field} must be at least ${min} characters, got ${length}`,
      { field },
      min === 1 ? `${quoteField(field)}不能为空` : `${quoteField(field)}至少须有${min}个字符，收到${length}个`,
    );
  }
  if (length > rule.max) {
    throw badUserInput(`${field} must be at most ${rule.max} characters, got ${length}`, { field }, `${quoteField(field)}最多${rule.max}个字符，收到${length}个`);
  }
  return text;
}

/** An optional text: null or undefined stays null; otherwise as `requireText`. */
export function optionalText(field: string, value: string | null | undefined, rule: TextRule): string | null {
  return value === null || value === undefined ? null : requireText(field, value, rule);
}

/** An integer in [min, max]. */
export function requireIntInRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${field} must be an integer from ${min} to ${max}, got ${value}`, { field }, `${quoteField(field)}须为${min}至${max}之间的整数，收到${value}`);
  }
  return value;
}

/** A finite number in [min, max]. */
export function requireNumberInRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw badUserInput(`${field} must be a number from ${min} to ${max}, got ${value}`, { field }, `${quoteField(field)}须为${min}至${max}之间的数，收到${value}`);
  }
  return value;
}

/** A six-digit GB/T 2260 county-level division code (行政区划代码), e.g. 110105 for 朝阳区. */
export const DISTRICT_CODE_PATTERN = /^\d{6}$/;

export function isDistrictCode(value: unknown): value is string {
  return typeof value === 'string' && DISTRICT_CODE_PATTERN.test(value);
}

/** A well-formed district code (whether the district exists is the caller's to check). */
export function requireDistrictCode(field: string, value: string): string {
  if (!isDistrictCode(value)) {
    throw badUserInput(`${field} must be a six-digit GB/T 2260 code, got "${value}"`, { field }, `${quoteField(field)}须为六位GB/T 2260行政区划代码，收到"${value}"`);
  }
  return value;
}

/** One of a fixed set of values (an enum that arrives as a plain string, e.g. over REST or CSV). */
export function requireOneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw badUserInput(`${field} must be one of ${allowed.join(', ')}, got "${value}"`, { field }, `${quoteField(field)}须为${allowed.join('、')}之一，收到"${value}"`);
  }
  return value as T;
}
