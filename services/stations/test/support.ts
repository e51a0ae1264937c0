import { nameId, type Principal } from '@nef/kit';

export const admin: Principal = { role: 'admin', keyId: 'admin' };
export const chaoyangOperator: Principal = { role: 'operator', keyId: 'op-cy', domain: 'stations', districts: ['110105'] };
export const haidianOperator: Principal = { role: 'operator', keyId: 'op-hd', domain: 'stations', districts: ['110108'] };
export const unionOperator: Principal = { role: 'operator', keyId: 'uop', domain: 'union' };
export const dashboard: Principal = { role: 'dashboard', keyId: 'dash-cy', districts: ['110105'] };
export const anonymous: Principal = { role: 'anonymous' };

export const workerId = (key: string) => nameId(`demo:worker:${key}`);
export const stationId = (key: string) => nameId(`demo:station:${key}`);

/** Meituan acting for 王强 (the gateway resolved X-Acting-Worker). */
export const meituanForWang: Principal = { role: 'partner', keyId: 'mt', platform: 'MEITUAN', workerId: workerId('wang-qiang') };
/** Ele.me acting for its own worker 李娜: another platform, another worker. */
export const elemeForLi: Principal = { role: 'partner', keyId: 'ele', platform: 'ELEME', workerId: workerId('li-na') };
export const meituanNotActing: Principal = { role: 'partner', keyId: 'mt', platform: 'MEITUAN' };

export const daily = (opens: string, closes: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));

export function stationInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '测试驿站',
    kind: 'WARM_STATION',
    address: '测试路1号',
    districtCode: '110109',
    location: { lat: 39.94, lng: 116.1 },
    amenities: ['MICROWAVE', 'DRINKING_WATER'],
    open24h: false,
    openingHours: daily('08:00', '20:00'),
    operator: '测试街道',
    ...overrides,
  };
}

export const CREATE = `mutation($input: CreateStationInput!) { createStation(input: $input) { id name } }`;

export const RECORD_VISIT = `mutation($s: ID!, $w: ID, $at: DateTime, $k: String) {
  recordVisit(stationId: $s, workerId: $w, at: $at, idempotencyKey: $k) { id at station { id name } worker { id } } }`;
export const WORKER_VISITS = `query($r: [_Any!]!, $first: Int) { _entities(representations: $r) { ... on Worker { id stationVisits(first: $first) { id at station { id name } } } } }`;
export const VISIT_COUNT = `query($id: ID!, $from: DateTime, $to: DateTime) { station(id: $id) { visitCount(from: $from, to: $to) } }`;
export const STATION_METRICS = `query($code: ID!, $from: DateTime, $to: DateTime) { district(code: $code) { stationMetrics(from: $from, to: $to) { stations open24h byKind { kind count } visits } } }`;

export const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
