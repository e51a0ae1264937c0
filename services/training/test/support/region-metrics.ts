import type { TrainingMetrics } from '../../src/queries/metrics';

/** The figures of several regions added up, as a parent's should be: counts summed, categories merged in the service's order. */
export function sumTrainingMetrics(parts: TrainingMetrics[]): TrainingMetrics {
  const split = new Map<string, number>();
  for (const f of parts) for (const c of f.byCategory) split.set(c.key, (split.get(c.key) ?? 0) + c.count);
  return {
    courses: parts.reduce((a, f) => a + f.courses, 0),
    enrollments: parts.reduce((a, f) => a + f.enrollments, 0),
    completions: parts.reduce((a, f) => a + f.completions, 0),
    certificates: parts.reduce((a, f) => a + f.certificates, 0),
    byCategory: [...split].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)),
  };
}
