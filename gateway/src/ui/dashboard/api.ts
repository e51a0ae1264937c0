// The dashboard's queries: only the public GraphQL API, with the dashboard key the user gives.
// Each stays within the gateway's operation limits (30 aliases, cost 5000).

/** At most this many months in a period: one alias per month in one query. */
export const MAX_MONTHS = 24;
/** Regions per overview query: one alias and 17 fields each (limits: 30 aliases, 400 fields). */
const REGIONS_PER_QUERY = 20;

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface Answer<T> {
  data: T | null;
  errors: GraphQLErrorShape[];
  cost?: number;
}

/** POSTs one operation to the gateway; throws ApiError when there is no data at all. */
export async function graphql<T>(key: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  let res: Response;
  try {
    res = await fetch(new URL('graphql', window.location.href), { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError('无法连接网关 Cannot reach the gateway', 'NETWORK');
  }
  let body: { data?: T | null; errors?: GraphQLErrorShape[]; extensions?: { cost?: { requested?: number } } };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`网关返回 ${res.status} The gateway answered ${res.status}`, 'HTTP');
  }
  const errors = body.errors ?? [];
  if (!body.data) {
    const first = errors[0];
    throw new ApiError(first?.message ?? `HTTP ${res.status}`, first?.extensions?.code ?? 'HTTP');
  }
  return { data: body.data, errors, cost: body.extensions?.cost?.requested };
}

export interface Month {
  /** YYYY-MM */
  id: string;
  /** First instant of the month in Beijing time. */
  start: string;
  /** First instant of the next month. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month0: number) => {
  const y = year + Math.floor(month0 / 12);
  const m = ((month0 % 12) + 12) % 12;
  return `${y}-${pad(m + 1)}-01T00:00:00+08:00`;
};

/** The months from `from` to `to` inclusive (both YYYY-MM), each in Asia/Shanghai. */
export function monthsOf(from: string, to: string): Month[] {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const months: Month[] = [];
  for (let i = fy * 12 + fm - 1; i <= ty * 12 + tm - 1 && months.length <= MAX_MONTHS; i++) {
    const year = Math.floor(i / 12);
    const month0 = i % 12;
    months.push({ id: `${year}-${pad(month0 + 1)}`, start: monthStart(year, month0), end: monthStart(year, month0 + 1) });
  }
  return months;
}

/** The current month in Beijing, YYYY-MM, shifted by `delta` months. */
export function beijingMonth(delta = 0, now = new Date()): string {
  const local = new Date(now.getTime() + 8 * 3600_000);
  const i = local.getUTCFullYear() * 12 + local.getUTCMonth() + delta;
  return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
}

export type RegionLevel = 'NATION' | 'PROVINCE' | 'CITY' | 'COUNTY' | 'STREET';

export interface RegionInfo {
  code: string;
  level: RegionLevel;
  name: string;
}

const REGION_FIELDS = 'code level name';

/** Where the key's figures start: its regions, or the nation for a key without limits; none for a key that reads no figures. */
export async function loadViewerRegions(key: string): Promise<RegionInfo[]> {
  const answer = await graphql<{ viewerRegions: RegionInfo[] | null }>(key, `query DashboardScope { viewerRegions { ${REGION_FIELDS} } }`);
  const regions = answer.data?.viewerRegions;
  if (!regions) {
    const first = answer.errors[0];
    throw new ApiError(first?.message ?? '地区目录暂不可用 The region catalogue is unavailable', first?.extensions?.code ?? 'ERROR');
  }
  return regions;
}

type WithParent = RegionInfo & { parent?: WithParent | null };

/** A region and the regions above it, from the top down (全国, 广东省, 惠州市, 惠城区); empty when there is no such region. */
export async function loadRegionPath(key: string, code: string): Promise<RegionInfo[]> {
  // Four parents reach the nation from a street.
  const up = (depth: number): string => (depth === 0 ? REGION_FIELDS : `${REGION_FIELDS} parent { ${up(depth - 1)} }`);
  const answer = await graphql<{ region: WithParent | null }>(key, `query DashboardRegionPath($code: ID!) { region(code: $code) { ${up(4)} } }`, { code });
  const path: RegionInfo[] = [];
  for (let r = answer.data?.region; r; r = r.parent) path.unshift({ code: r.code, level: r.level, name: r.name });
  return path;
}

/** The regions directly below one, in code order, every page of them. */
export async function loadChildren(key: string, code: string): Promise<RegionInfo[]> {
  const out: RegionInfo[] = [];
  let after: string | null = null;
  do {
    const answer: Answer<{ region: { children: { edges: { node: RegionInfo }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null }> =
      await graphql(
        key,
        `query DashboardChildren($code: ID!, $after: String) { region(code: $code) { children(first: 100, after: $after) { edges { node { ${REGION_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`,
        { code, after },
      );
    const children = answer.data?.region?.children;
    if (!children) {
      const first = answer.errors[0];
      throw new ApiError(first?.message ?? '地区目录暂不可用 The region catalogue is unavailable', first?.extensions?.code ?? 'ERROR');
    }
    out.push(...children.edges.map((e) => e.node));
    after = children.pageInfo.hasNextPage ? children.pageInfo.endCursor : null;
  } while (after);
  return out;
}

/** A region's four sections, each from its own service. */
export const SECTIONS = ['stationMetrics', 'unionMetrics', 'trainingMetrics', 'governanceMetrics'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * Each section of a region comes from its own service and is null, with an error, when that
 * service could not answer; the others stand. The gateway reports such an error at the region
 * (the entity it could not complete), so a section is known to be missing by its null.
 */
const missingSections = (rows: readonly Partial<Record<Section, unknown>>[]): Section[] =>
  SECTIONS.filter((s) => rows.some((row) => row[s] === null));

const forbidden = (e: GraphQLErrorShape) => e.extensions?.code === 'FORBIDDEN';

export interface Overview {
  code: string;
  stationMetrics: { stations: number; open24h: number; visits: number } | null;
  unionMetrics: { members: number; joined: number } | null;
  trainingMetrics: { courses: number; enrollments: number; completions: number } | null;
  governanceMetrics: { reports: number; resolved: number; medianHoursToResolve: number | null } | null;
}

const OVERVIEW_FIELDS = `code
    stationMetrics(from: $from, to: $to) { stations open24h visits }
    unionMetrics(from: $from, to: $to) { members joined }
    trainingMetrics(from: $from, to: $to) { courses enrollments completions }
    governanceMetrics(from: $from, to: $to) { reports resolved medianHoursToResolve }`;

/**
 * The table: every region's totals for the period, one alias per region. A region the key may
 * not read answers FORBIDDEN: it is left out. A section whose service could not answer is null
 * in every row, and named in `unavailable`.
 */
export async function loadOverview(
  key: string,
  codes: string[],
  period: { from: string; to: string },
): Promise<{ rows: Map<string, Overview>; denied: number; unavailable: Section[] }> {
  const rows = new Map<string, Overview>();
  let denied = 0;
  const chunks: string[][] = [];
  for (let i = 0; i < codes.length; i += REGIONS_PER_QUERY) chunks.push(codes.slice(i, i + REGIONS_PER_QUERY));
  await Promise.all(
    chunks.map(async (chunk) => {
      const vars = chunk.map((_, i) => `$c${i}: ID!`).join(', ');
      const fields = chunk.map((_, i) => `d${i}: region(code: $c${i}) { ${OVERVIEW_FIELDS} }`).join('\n  ');
      const variables: Record<string, unknown> = { from: period.from, to: period.to };
      chunk.forEach((code, i) => (variables[`c${i}`] = code));
      const answer = await graphql<Record<string, Overview | null>>(key, `query DashboardOverview($from: DateTime, $to: DateTime, ${vars}) {\n  ${fields}\n}`, variables);
      // A region the key may not read is refused (FORBIDDEN) and left out; any other error must
      // be inside a region that came back, where it left its service's section null.
      const cameBack = (e: GraphQLErrorShape) => typeof e.path?.[0] === 'string' && !!answer.data?.[e.path[0]];
      const other = answer.errors.find((e) => !forbidden(e) && !cameBack(e));
      if (other) throw new ApiError(other.message, other.extensions?.code ?? 'ERROR');
      chunk.forEach((code, i) => {
        const alias = `d${i}`;
        const row = answer.data?.[alias];
        if (row && !answer.errors.some((e) => forbidden(e) && e.path?.[0] === alias)) rows.set(code, row);
        else denied += 1;
      });
    }),
  );
  return { rows, denied, unavailable: missingSections([...rows.values()]) };
}

export interface Count {
  key: string;
  count: number;
}

export interface Detail {
  code: string;
  level: RegionLevel;
  name: string;
  stationMetrics: { stations: number; open24h: number; visits: number; byKind: { kind: string; count: number }[] } | null;
  unionMetrics: { members: number; joined: number; openCases: number } | null;
  trainingMetrics: { courses: number; enrollments: number; completions: number; certificates: number } | null;
  governanceMetrics: { reports: number; resolved: number; medianHoursToResolve: number | null; byCategory: Count[]; byStatus: Count[] } | null;
  /** Union members joined, per month of the period; null with unionMetrics. */
  joined: number[] | null;
  /** Enrolments and completions, per month of the period; null with trainingMetrics. */
  enrollments: number[] | null;
  completions: number[] | null;
  /** The sections whose service could not answer (null above); the others stand. */
  unavailable: Section[];
  cost: number;
}

/** One region for the charts: totals for the period, then two per-month series (one alias per month). */
export async function loadDetail(key: string, code: string, period: { from: string; to: string }, months: Month[]): Promise<Detail> {
  const byMonth = (field: string, alias: string, selection: string) =>
    months.map((m, i) => `${alias}${i}: ${field}(from: "${m.start}", to: "${m.end}") { ${selection} }`).join('\n    ');
  type Totals = Omit<Detail, 'joined' | 'enrollments' | 'completions' | 'unavailable' | 'cost'>;
  const totals = graphql<{ region: Totals | null }>(
    key,
    `query DashboardRegion($code: ID!, $from: DateTime, $to: DateTime) {
  region(code: $code) {
    code
    level
    name
    stationMetrics(from: $from, to: $to) { stations open24h visits byKind { kind count } }
    unionMetrics(from: $from, to: $to) { members joined openCases }
    trainingMetrics(from: $from, to: $to) { courses enrollments completions certificates }
    governanceMetrics(from: $from, to: $to) { reports resolved medianHoursToResolve byCategory { key count } byStatus { key count } }
    ${byMonth('unionMetrics', 'j', 'joined')}
  }
}`,
    { code, from: period.from, to: period.to },
  );
  const training = graphql<{ region: Record<string, { enrollments: number; completions: number } | null | undefined> | null }>(
    key,
    `query DashboardTrainingByMonth($code: ID!) {
  region(code: $code) {
    ${byMonth('trainingMetrics', 't', 'enrollments completions')}
  }
}`,
    { code },
  );
  const [a, b] = await Promise.all([totals, training]);
  // A refusal, or no region, fails the whole answer; a service down costs only its section.
  const errors = [...a.errors, ...b.errors];
  const fatal = errors.find(forbidden) ?? (a.data?.region && b.data?.region ? undefined : errors[0]);
  if (fatal || !a.data?.region || !b.data?.region) {
    throw new ApiError(fatal?.message ?? '没有这个地区 No such region', fatal?.extensions?.code ?? 'NOT_FOUND');
  }
  const d = a.data.region;
  const t = b.data.region;
  const perMonth = d as unknown as Record<string, { joined: number } | null | undefined>;
  const union = d.unionMetrics !== null && months.every((_, i) => perMonth[`j${i}`] !== null);
  const trained = d.trainingMetrics !== null && months.every((_, i) => t[`t${i}`] !== null);
  const unavailable = SECTIONS.filter((s) => d[s] === null || (s === 'unionMetrics' && !union) || (s === 'trainingMetrics' && !trained));
  return {
    ...d,
    ...(union ? {} : { unionMetrics: null }),
    ...(trained ? {} : { trainingMetrics: null }),
    joined: union ? months.map((_, i) => perMonth[`j${i}`]?.joined ?? 0) : null,
    enrollments: trained ? months.map((_, i) => t[`t${i}`]?.enrollments ?? 0) : null,
    completions: trained ? months.map((_, i) => t[`t${i}`]?.completions ?? 0) : null,
    unavailable,
    cost: (a.cost ?? 0) + (b.cost ?? 0),
  };
}
