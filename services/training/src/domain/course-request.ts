import type { CourseCategory } from './types';

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
