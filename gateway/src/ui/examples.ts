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
  // One mutation per domain, each run by the Meituan demo key for its rider mt-10001 (王强) on the
  // demo data. Each can be run again: the visit and the report carry an idempotency key (the
  // same answer comes back), asking for the same class twice counts once; each run of the
  // legal-aid example opens one more case.
  {
    name: 'CheckInAtStation',
    label: '驿站打卡 Check in at a station',
    description: 'Stations (驿站): a partner records that its rider mt-10001 (王强) stopped at 望京骑手之家; the idempotency key makes a retry safe.',
    query: `# Stations (驿站): record a worker's visit to a station, for the station's figures and the
# worker's history. A partner records visits for the worker it acts for (X-Acting-Worker).
# The same idempotencyKey again returns the first visit instead of counting a second one.
mutation CheckInAtStation($stationId: ID!, $idempotencyKey: String) {
  recordVisit(stationId: $stationId, idempotencyKey: $idempotencyKey) {
    id
    at
    station {
      name
      kind
      address
    }
  }
}
`,
    // 望京骑手之家 in the demo data.
    variables: { stationId: 'bc8fc01e-2b6a-892c-a874-c8b1d65eea31', idempotencyKey: 'playground-wangjing-visit' },
    demoHeaders: { Authorization: 'Bearer demo-meituan', 'X-Acting-Worker': 'mt-10001' },
    keyless: false,
  },
  {
    name: 'AskForLegalAid',
    label: '申请法律援助 Ask the union for legal aid',
    description: 'Union (工会): a partner opens a legal-aid case for its rider mt-10001 (王强), a union member; union staff follow it up.',
    query: `# Union (工会): open an assistance case (法律援助, 困难帮扶, 工伤...) for the worker the partner
# acts for. It starts OPEN; union operators move it on, and the worker sees its history.
mutation AskForLegalAid($kind: AssistanceKind!, $summary: String!) {
  openAssistanceCase(kind: $kind, summary: $summary) {
    id
    kind
    status
    openedAt
    worker {
      name
      isUnionMember
    }
    history {
      status
      at
    }
  }
}
`,
    variables: { kind: 'LEGAL_AID', summary: '送餐途中被一辆轿车刮倒，电动车损坏，对方拒绝赔偿，希望工会的志愿律师帮助协商。' },
    demoHeaders: { Authorization: 'Bearer demo-meituan', 'X-Acting-Worker': 'mt-10001' },
    keyless: false,
  },
  {
    name: 'AskForAClass',
    label: '点单学习 Ask for a class on demand',
    description: 'Training (培训): rider mt-10001 (王强) asks for a live-commerce class in 朝阳区; a class opens once enough riders ask for the same topic.',
    query: `# Training (培训): class on demand (点单学习). Requests for the same topic, category and district
# add up, one per worker; once requests reach threshold the request is open and an operator
# can open a course from it. Asking again changes nothing.
mutation AskForAClass($topic: String!, $category: CourseCategory!, $districtCode: ID!) {
  requestCourse(topic: $topic, category: $category, districtCode: $districtCode) {
    id
    topic
    category
    requests
    threshold
    open
    district {
      name
    }
  }
}
`,
    variables: { topic: '直播带货入门', category: 'DIGITAL_COMMERCE', districtCode: '110105' },
    demoHeaders: { Authorization: 'Bearer demo-meituan', 'X-Acting-Worker': 'mt-10001' },
    keyless: false,
  },
  {
    name: 'ReportAHazard',
    label: '随手拍 Report a hazard',
    description: 'Governance (基层治理): rider mt-10001 (王强) reports e-bikes charging in a stairwell in Wangjing; an accepted report earns him points.',
    query: `# Governance (基层治理): a hazard report (随手拍, 随手报) by the worker the partner acts for.
# Location in GCJ-02 (what Amap and WeChat show). The same idempotencyKey again returns the
# first report, so a retry after a lost answer never files it twice.
mutation ReportAHazard($input: SubmitReportInput!) {
  submitReport(input: $input) {
    id
    category
    status
    submittedAt
    district {
      name
    }
    history {
      status
      at
    }
  }
}
`,
    variables: {
      input: {
        category: 'EBIKE_INDOOR_CHARGING',
        description: '望京西园三区5号楼一单元楼道里有电动车在充电，电线从窗户拉进来，挡住了安全出口。',
        location: { lat: 39.9968, lng: 116.4712 },
        districtCode: '110105',
        idempotencyKey: 'playground-wangjing-stairwell',
      },
    },
    demoHeaders: { Authorization: 'Bearer demo-meituan', 'X-Acting-Worker': 'mt-10001' },
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
