import { requireCounty, requireText } from '@nef/kit/rules';
import type { CourseCategory } from '../entities/course';

export const MAX_TOPIC = 100;

/**
 * A topic as shown (trimmed, inner whitespace collapsed, full-width letters folded by NFKC)
 * and as compared (also lower-cased): "  Python  入门 " and "ｐｙｔｈｏｎ 入门" ask for the same class.
 */
export function normaliseTopic(topic: string): { display: string; key: string } {
  const display = topic.normalize('NFKC').trim().replace(/\s+/g, ' ');
  return { display, key: display.toLowerCase() };
}

/** What makes requests "the same": district, category and normalised topic. */
export function demandKey(districtCode: string, category: CourseCategory, topicKey: string): string {
  return `${districtCode}|${category}|${topicKey}`;
}

/** Open demand: enough workers asked and no course has answered yet. */
export function isOpenDemand(requests: number, threshold: number, fulfilled: boolean): boolean {
  return !fulfilled && requests >= threshold;
}

/** `isOpenDemand` in SQL over `course_requests` aliased `r`, the threshold given as the parameter `:threshold`. */
export const OPEN_DEMAND_SQL = 'r.fulfilled_by_course_id IS NULL AND r.requests >= :threshold';

/** A worker's request for a class, as asked. */
export interface CourseRequestInput {
  topic: string;
  category: CourseCategory;
  districtCode: string;
}

/** A request checked: the topic as shown, the district, and the key of the open request it joins. */
export interface CourseRequestDraft {
  topic: string;
  category: CourseCategory;
  districtCode: string;
  openKey: string;
}

/** Checks a request (topic 1 to 100 characters once normalised, a county code of the national catalogue). */
export function checkCourseRequest(input: CourseRequestInput): CourseRequestDraft {
  const { display, key } = normaliseTopic(input.topic);
  const topic = requireText('topic', display, { max: MAX_TOPIC });
  const districtCode = requireCounty('districtCode', input.districtCode.trim());
  return { topic, category: input.category, districtCode, openKey: demandKey(districtCode, input.category, key) };
}
