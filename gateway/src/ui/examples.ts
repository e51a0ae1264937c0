/**
 * The example operations the playground opens with (one tab each, and in its 示例 Examples
 * picker). Shared by the browser bundle and the tests, so it imports nothing.
 */
export interface PlaygroundExample {
  /** Operation name: GraphiQL titles the tab with it. */
  name: string;
  /** Picker label: Chinese, then English. */
  label: string;
  description: string;
  query: string;
  variables: Record<string, unknown>;
  /** Headers with the demo keys; `keyless` tells whether it runs without any key. */
  demoHeaders: Record<string, string>;
  keyless: boolean;
}

export const PLAYGROUND_EXAMPLES: PlaygroundExample[] = [
  {
    name: 'WorkerBenefits',
    label: '职工权益 A worker’s benefits',
    description: 'A partner (美团 MEITUAN) acting for its rider mt-10001 (王强): union card, courses, subsidy, points, reports, stations nearby.',
    query: `# A partner platform acting for one of its workers (X-Acting-Worker: the worker's account on
# the partner's platform) reads the worker's benefits from all four subgraphs in one query.
query WorkerBenefits($near: GeoPointInput!, $radius: Int = 3000) {
  actingWorker {
    name
    phone # masked for partners
    isUnionMember
    membership {
      status
      memberNo
      joinedAt
      branch {
        name
      }
    }
    enrollments {
      status
      course {
        title
      }
    }
    subsidyAvailableCents
    pointsBalance
    reports {
      category
      status
      submittedAt
    }
  }
  stationsNear(near: $near, radiusMeters: $radius, filter: { amenities: [MICROWAVE] }) {
    distanceMeters
    station {
      name
      isOpen
    }
  }
}
`,
    variables: { near: { lat: 39.98, lng: 116.47 }, radius: 3000 },
    demoHeaders: { Authorization: 'Bearer demo-meituan', 'X-Acting-Worker': 'mt-10001' },
    keyless: false,
  },
  {
    name: 'FifteenMinuteCircle',
    label: '15 分钟服务圈 The 15-minute circle',
    description: 'Public: the stations within 1.5 km of a rider in Wangjing, nearest first (GCJ-02 coordinates).',
    query: `# The 15-minute service circle: stations within radiusMeters of a point, nearest first.
# Public data: no API key needed. Coordinates are GCJ-02 (what Amap and WeChat show).
query FifteenMinuteCircle($near: GeoPointInput!, $radius: Int = 1500) {
  stationsNear(near: $near, radiusMeters: $radius, first: 10) {
    distanceMeters
    station {
      name
      kind
      address
      isOpen
      open24h
      amenities
    }
  }
}
`,
    variables: { near: { lat: 39.996, lng: 116.47 }, radius: 1500 },
    demoHeaders: {},
    keyless: true,
  },
  {
    name: 'DistrictDashboard',
    label: '区级看板 A district dashboard',
    description: 'A dashboard key reads the four domains’ aggregates for one district (朝阳区 Chaoyang).',
    query: `# A city dashboard's view of one district: aggregates from the four subgraphs, no personal data.
# Dashboard keys read only their own districts.
query DistrictDashboard($code: ID!, $from: DateTime, $to: DateTime) {
  district(code: $code) {
    name
    nameEn
    stationMetrics(from: $from, to: $to) {
      stations
      open24h
      visits
      byKind {
        kind
        count
      }
    }
    unionMetrics(from: $from, to: $to) {
      members
      joined
      openCases
    }
    trainingMetrics(from: $from, to: $to) {
      courses
      enrollments
      completions
      certificates
    }
    governanceMetrics(from: $from, to: $to) {
      reports
      resolved
      medianHoursToResolve
      byCategory {
        key
        count
      }
    }
  }
}
`,
    variables: { code: '110105', from: '2025-01-01T00:00:00+08:00' },
    demoHeaders: { Authorization: 'Bearer demo-dashboard' },
    keyless: false,
  },
];

/** Headers for an example: the demo keys when the gateway uses them, placeholders otherwise. */
export function exampleHeaders(example: PlaygroundExample, demoKeys: boolean): Record<string, string> {
  if (demoKeys) return example.demoHeaders;
  if (example.keyless) return {};
  const headers: Record<string, string> = { Authorization: 'Bearer YOUR-API-KEY' };
  if ('X-Acting-Worker' in example.demoHeaders) headers['X-Acting-Worker'] = 'WORKER-ACCOUNT-ON-YOUR-PLATFORM';
  return headers;
}
