import type { UnionMetrics } from '../../src/queries/metrics';

/** Region.unionMetrics of the regions given as entity representations, every field a dashboard reads. */
export const REGION_UNION_METRICS = `query($r: [_Any!]!, $from: DateTime, $to: DateTime) {
  _entities(representations: $r) { ... on Region { code unionMetrics(from: $from, to: $to) { members joined byOccupation { key count } byPlatform { key count } openCases } } }
}`;

/** Figures added up as a parent's should be: counts summed, lists merged and ordered as the service orders them. */
export function sumUnionMetrics(all: UnionMetrics[]): UnionMetrics {
  const merge = (lists: { key: string; count: number }[][]) => {
    const by = new Map<string, number>();
    for (const c of lists.flat()) by.set(c.key, (by.get(c.key) ?? 0) + c.count);
    return [...by]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  };
  return {
    members: all.reduce((n, m) => n + m.members, 0),
    joined: all.reduce((n, m) => n + m.joined, 0),
    byOccupation: merge(all.map((m) => m.byOccupation)),
    byPlatform: merge(all.map((m) => m.byPlatform)),
    openCases: all.reduce((n, m) => n + m.openCases, 0),
  };
}
