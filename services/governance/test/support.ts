import { nameId, type Principal } from '@nef/kit';

export { service } from '../src/service';

export const W = {
  wang: nameId('demo:worker:wang-qiang'),
  li: nameId('demo:worker:li-na'),
  zhang: nameId('demo:worker:zhang-wei'),
  chen: nameId('demo:worker:chen-jing'),
  liu: nameId('demo:worker:liu-yang'),
};

export const demoReportId = (key: string) => nameId(`demo:report:${key}`);

export const as = {
  anonymous: { role: 'anonymous' } as Principal,
  dashboard: { role: 'dashboard', keyId: 'k-dash', districts: ['110105'] } as Principal,
  admin: { role: 'admin', keyId: 'k-admin' } as Principal,
  operator: { role: 'operator', keyId: 'k-gov', domain: 'governance' } as Principal,
  chaoyangOperator: { role: 'operator', keyId: 'k-gov-cy', domain: 'governance', districts: ['110105'] } as Principal,
  stationsOperator: { role: 'operator', keyId: 'k-st', domain: 'stations' } as Principal,
  /** A partner acting for one of its workers. */
  partner: (platform: string, workerId?: string): Principal => ({ role: 'partner', keyId: `k-${platform}`, platform, workerId }),
};

/** A valid submission near Guomao (GCJ-02), for tests to vary. */
export function submission(overrides: Record<string, unknown> = {}) {
  return {
    category: 'TRAFFIC_SAFETY',
    description: '  国贸桥下非机动车道被围挡占用  ',
    location: { lat: 39.9087, lng: 116.4605, crs: 'GCJ02' },
    districtCode: '110105',
    photoUrls: ['https://files.example.org/a.jpg'],
    ...overrides,
  };
}

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitReportInput!, $workerId: ID) {
    submitReport(input: $input, workerId: $workerId) {
      id category description status photoUrls pointsAwarded submittedAt
      district { code }
      location { lat lng }
    }
  }
`;

/** Operators limited to one district. */
export const chaoyangOp = as.chaoyangOperator;
export const haidianOp = { role: 'operator', keyId: 'k-gov-hd', domain: 'governance', districts: ['110108'] } as Principal;

/** The outcome of a response for counting: 'ok' or its first error code. */
export function outcome(res: { errors?: { extensions?: { code?: string } }[] }): string {
  return res.errors?.length ? String(res.errors[0]!.extensions?.code) : 'ok';
}

export const N = (n: number) => Array.from({ length: n }, (_, i) => i);
