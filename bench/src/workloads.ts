import { PRINCIPAL_HEADER, signPrincipal, type Principal, type PrincipalSigner } from '@nef/kit';
import { CITY, NATIONAL_AREAS, NATIONAL_AREA_WEIGHT_SUM, drawPointInArea, generatedWorker, generatedWorkerArea, itemRandom, pickArea, type DatasetScale } from '@nef/kit/seed';

/**
 * The fixed operations of the benchmark. Each names the operation, who sends it, and how each
 * request varies (which worker, which point, which month), so that no run measures one cached
 * answer over and over unless the data really allows that.
 */

/**
 * Where a run sends its requests: our gateway; our gateway with its response cache off (for the
 * operations it can cache, so the cache's share is plain); Hive Gateway; Hive Gateway with the
 * router runtime (its Rust query planner); the subgraph alone.
 */
export type Target = 'gateway' | 'uncached' | 'hive' | 'router' | 'direct';

/** The targets that are gateways, with the name of the process (launched by run.ts) that serves each. */
export const GATEWAY_TARGETS = ['gateway', 'uncached', 'hive', 'router'] as const satisfies readonly Target[];
/** The Node peers: the best of these is what ours is compared with. */
export const PEERS = ['hive', 'router'] as const satisfies readonly Target[];

export interface Workload {
  name: string;
  what: string;
  /** The subgraph that answers it alone when called directly, or undefined when that is not meaningful. */
  direct?: 'stations' | 'training';
  /** Our gateway may answer it from its cache: it is also run with the cache off. */
  cacheable?: boolean;
  /** The body and headers of request number `n` for a target. */
  request(n: number, target: Target): { body: string; headers: Record<string, string> };
  /**
   * What every answer must contain, checked on each one during a run: an answer without errors
   * but without the data (a worker the gateway failed to act for, say) is a failure too.
   */
  mustContain: string;
  /** What the answer to request `n` must contain for that request alone (the worker it was for). */
  mustContainFor?(n: number, target: Target): string;
}

/** The operations' names, in the order a plain run takes them. */
export const OPERATIONS = ['benefits', 'stationsNear', 'dashboard', 'enroll'];

/**
 * Operations a run takes only when --only names them: the province and nation dashboards, whose
 * five measured targets would make the default run several minutes longer.
 */
export const EXTRA_OPERATIONS = ['provinceDashboard', 'nationDashboard'];

export const BENEFITS = `query WorkerBenefits($near: GeoPointInput!) {
  actingWorker {
    id
    name
    phone
    isUnionMember
    membership { memberNo status branch { name } }
    enrollments(first: 10) { status course { title } }
    subsidyAvailableCents
    pointsBalance
    reports(first: 5) { category status }
  }
  stationsNear(near: $near, radiusMeters: 1500, filter: { amenities: [MICROWAVE] }, first: 5) {
    distanceMeters
    station { name isOpen }
  }
}`;

export const STATIONS_NEAR = `query StationsNear($near: GeoPointInput!) {
  stationsNear(near: $near, radiusMeters: 1500, first: 10) {
    distanceMeters
    station { id name kind isOpen amenities location { lat lng } }
  }
}`;

/** The four domains' figures of one region over [from, to): what a dashboard shows. */
const FIGURES = `
    stationMetrics(from: $from, to: $to) { stations open24h visits byKind { kind count } }
    unionMetrics(from: $from, to: $to) { members joined byOccupation { key count } byPlatform { key count } openCases }
    trainingMetrics(from: $from, to: $to) { courses enrollments completions certificates byCategory { key count } }
    governanceMetrics(from: $from, to: $to) { reports resolved medianHoursToResolve pointsIssued pointsRedeemed activeVolunteers byCategory { key count } }`;

export const DASHBOARD = `query DistrictDashboard($code: ID!, $from: DateTime!, $to: DateTime!) {
  district(code: $code) {
    name${FIGURES}
  }
}`;

/**
 * The district dashboard's fields for any region (a province, a city, a street or the nation),
 * and its code, so that each answer can be checked to be for the region asked.
 */
export const REGION_DASHBOARD = `query RegionDashboard($code: ID!, $from: DateTime!, $to: DateTime!) {
  region(code: $code) {
    code
    name${FIGURES}
  }
}`;

/** The nation's region code (the stations service's 全国, the region above every province). */
export const NATION_CODE = '100000';

/** The provinces the national data set has areas in (a county's first two digits, then 0000), in the areas' order. */
export function nationalProvinces(): string[] {
  return [...new Set(NATIONAL_AREAS.map((a) => `${a.code.slice(0, 2)}0000`))];
}

export const ENROLL = `mutation Enroll($course: ID!) {
  enroll(courseId: $course) { id status course { id enrolledCount } }
}`;

const ENROLL_DIRECT = `mutation Enroll($course: ID!, $worker: ID) {
  enroll(courseId: $course, workerId: $worker) { id status course { id enrolledCount } }
}`;

export interface WorkloadSetup {
  seed: number;
  /** The generated data set the services hold: its workers' ids, accounts and places follow it. */
  scale: DatasetScale;
  workers: number;
  /** Signs the principals of requests sent straight to a subgraph, as the gateway would. */
  signer: PrincipalSigner;
  /** Courses made for the enrolment runs, one list per target, so no run re-enrols a pair another made. */
  courses: Record<Exclude<Target, 'uncached'>, string[]>;
}

const json = { 'content-type': 'application/json' };
/** The city data set's province: Beijing. */
const CITY_PROVINCE = `${CITY.districtCode.slice(0, 2)}0000`;
const MEITUAN_KEY = 'demo-meituan';
const MEITUAN: Principal = { role: 'partner', keyId: MEITUAN_KEY, platform: 'MEITUAN' };

/** The generated workers holding a Meituan account, in index order: the demo partner key acts for them. */
export function meituanWorkers(seed: number, workers: number, limit: number, scale: DatasetScale = 'city'): { id: string; account: string; index: number }[] {
  const out: { id: string; account: string; index: number }[] = [];
  for (let i = 0; i < workers && out.length < limit; i++) {
    const w = generatedWorker(seed, i, scale);
    const account = w.accounts.find((a) => a.platform === 'MEITUAN');
    if (account) out.push({ id: w.id, account: account.externalId, index: i });
  }
  return out;
}

/**
 * Where rider `n` is: uniform over the generated city's box, in GCJ-02 as apps send them, and
 * different for every request (riders move), so no answer is ever asked for twice.
 */
function cityPoint(seed: number, n: number): { lat: number; lng: number } {
  const rand = itemRandom(seed, n, 3);
  // The generated box is in WGS-84; GCJ-02 is a few hundred metres off, which stays inside the city.
  return { lat: 39.84 + rand() * 0.23, lng: 116.43 + rand() * 0.2 };
}

/**
 * Where rider `n` is in the national data set: around the centre of an area drawn by its weight
 * (the stations' share), or of `area` (the worker's own), as the stations generator places its
 * stations, so that the searches find what a rider there would. Different for every request.
 */
function nationalPoint(seed: number, n: number, area = pickArea(itemRandom(seed, n, 4), NATIONAL_AREAS, NATIONAL_AREA_WEIGHT_SUM)): { lat: number; lng: number } {
  const { lat, lng } = drawPointInArea(itemRandom(seed, n, 3), area);
  return { lat, lng };
}

/** The twelve whole months before this one, Beijing time: closed periods a dashboard looks back on. */
export function closedMonths(now = new Date()): { from: string; to: string }[] {
  const beijing = new Date(now.getTime() + 8 * 3600_000);
  const out: { from: string; to: string }[] = [];
  for (let back = 12; back >= 1; back--) {
    const y = beijing.getUTCFullYear();
    const m = beijing.getUTCMonth() - back;
    const from = new Date(Date.UTC(y, m, 1) - 8 * 3600_000);
    const to = new Date(Date.UTC(y, m + 1, 1) - 8 * 3600_000);
    out.push({ from: from.toISOString(), to: to.toISOString() });
  }
  return out;
}

export function workloads(setup: WorkloadSetup): Workload[] {
  // A partner's app shows benefits to its active riders again and again: a pool of 2,000.
  const regulars = meituanWorkers(setup.seed, setup.workers, 2_000, setup.scale);
  // Enrolments are one-off: each request acts for the next worker, so pairs never repeat.
  const enrollers = meituanWorkers(setup.seed, setup.workers, setup.workers, setup.scale);
  const national = setup.scale === 'national';
  // Where rider n is; in the national data set, for benefits, in the area the worker lives in.
  const point = (n: number, worker?: { index: number }) =>
    !national ? cityPoint(setup.seed, n) : nationalPoint(setup.seed, n, worker ? generatedWorkerArea(setup.seed, worker.index) : undefined);
  const months = closedMonths();
  // At city scale every worker is in Beijing; the national data set spreads them over its provinces.
  const provinces = national ? nationalProvinces() : [CITY_PROVINCE];
  const signed = (principal: Principal, audience: string, body: string) => ({ ...json, [PRINCIPAL_HEADER]: signPrincipal(principal, setup.signer, { audience, body }) });

  return [
    {
      name: 'benefits',
      what: "a partner's worker-benefits query across all four subgraphs (acting worker: union; enrolments and subsidy: training; points and reports: governance; stations near: stations)",
      mustContain: '"subsidyAvailableCents":',
      mustContainFor: (n) => `"actingWorker":{"id":"${regulars[n % regulars.length]!.id}"`,
      request(n) {
        const w = regulars[n % regulars.length]!;
        return {
          body: JSON.stringify({ query: BENEFITS, variables: { near: point(n, w) } }),
          headers: { ...json, authorization: `Bearer ${MEITUAN_KEY}`, 'x-acting-worker': w.account },
        };
      },
    },
    {
      name: 'stationsNear',
      what: `stations within 1.5 km of a rider, anonymous, at a different point of the ${national ? 'country (around an area drawn by its share of the stations)' : 'city'} each time`,
      mustContain: '"stationsNear":[',
      direct: 'stations',
      request(n, target) {
        const body = JSON.stringify({ query: STATIONS_NEAR, variables: { near: point(n) } });
        return { body, headers: target === 'direct' ? signed({ role: 'anonymous' }, 'stations', body) : { ...json } };
      },
    },
    {
      name: 'dashboard',
      what: `a district dashboard across all four subgraphs (every *Metrics of ${CITY.districtCode}${national ? ', one of the national areas' : ''}) for one of the last twelve closed months`,
      cacheable: true,
      mustContain: '"governanceMetrics":{',
      request(n) {
        const period = months[n % months.length]!;
        return {
          body: JSON.stringify({ query: DASHBOARD, variables: { code: CITY.districtCode, ...period } }),
          headers: { ...json, authorization: 'Bearer demo-dashboard' },
        };
      },
    },
    {
      name: 'provinceDashboard',
      what: `a province's dashboard across all four subgraphs (region(code) with every *Metrics, ${national ? `each of the ${provinces.length} provinces of the national areas in turn` : `${CITY_PROVINCE}, the city's province`}) for one of the last twelve closed months, with the dashboard key (it reads every region)`,
      cacheable: true,
      mustContain: '"governanceMetrics":{"reports":',
      mustContainFor: (n) => `"region":{"code":"${provinces[n % provinces.length]}"`,
      request(n) {
        // The province and the month both turn, so the same pair comes back only every few hundred requests.
        const code = provinces[n % provinces.length]!;
        const period = months[Math.floor(n / provinces.length) % months.length]!;
        return {
          body: JSON.stringify({ query: REGION_DASHBOARD, variables: { code, ...period } }),
          headers: { ...json, authorization: 'Bearer demo-dashboard' },
        };
      },
    },
    {
      name: 'nationDashboard',
      what: `the nation's dashboard across all four subgraphs (region(code: "${NATION_CODE}") with every *Metrics) for one of the last twelve closed months, with the dashboard key`,
      cacheable: true,
      mustContain: '"governanceMetrics":{"reports":',
      mustContainFor: () => `"region":{"code":"${NATION_CODE}"`,
      request(n) {
        const period = months[n % months.length]!;
        return {
          body: JSON.stringify({ query: REGION_DASHBOARD, variables: { code: NATION_CODE, ...period } }),
          headers: { ...json, authorization: 'Bearer demo-dashboard' },
        };
      },
    },
    {
      name: 'enroll',
      what: 'a partner enrols the worker it acts for in a course (a new worker and course pair each time)',
      mustContain: '"enroll":{"id":',
      mustContainFor: (n, target) => {
        const courses = setup.courses[target === 'uncached' ? 'gateway' : target];
        return `"course":{"id":"${courses[n % courses.length]}"`;
      },
      direct: 'training',
      request(n, target) {
        // Round the courses, then the workers: every pair is new and the courses fill evenly.
        const courses = setup.courses[target === 'uncached' ? 'gateway' : target];
        const w = enrollers[Math.floor(n / courses.length) % enrollers.length]!;
        const course = courses[n % courses.length]!;
        if (target === 'direct') {
          const body = JSON.stringify({ query: ENROLL_DIRECT, variables: { course, worker: w.id } });
          return { body, headers: signed({ ...MEITUAN, workerId: w.id }, 'training', body) };
        }
        return {
          body: JSON.stringify({ query: ENROLL, variables: { course } }),
          headers: { ...json, authorization: `Bearer ${MEITUAN_KEY}`, 'x-acting-worker': w.account },
        };
      },
    },
  ];
}
