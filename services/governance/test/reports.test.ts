import { distanceMeters, newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Report } from '../src/entities';
import { as, service, SUBMIT, submission, W } from './support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const meituanForWang = as.partner('MEITUAN', W.wang);
const submit = (input: Record<string, unknown>, principal = meituanForWang, workerId?: string) =>
  sg.query(SUBMIT, { input, workerId }, principal);
const rowsOf = (reporterId: string) => sg.db.manager.find(Report, { where: { reporterId } });

describe('submitReport', () => {
  it('files a report for the worker a partner acts for, trimmed and SUBMITTED', async () => {
    const res = await submit(submission({ idempotencyKey: newId() }), as.partner('ELEME', W.li));
    const report = dataOf(res).submitReport;
    expect(report).toMatchObject({
      category: 'TRAFFIC_SAFETY',
      description: '国贸桥下非机动车道被围挡占用',
      status: 'SUBMITTED',
      photoUrls: ['https://files.example.org/a.jpg'],
      pointsAwarded: 0,
      district: { code: '110105' },
    });
    const row = await sg.db.manager.findOneByOrFail(Report, { id: report.id });
    expect(row).toMatchObject({ reporterId: W.li, reporterPlatform: 'ELEME', status: 'SUBMITTED' });
  });

  it('lets a governance operator file for a named worker, with no platform recorded', async () => {
    const res = await submit(submission(), as.operator, W.zhang);
    const row = await sg.db.manager.findOneByOrFail(Report, { id: dataOf(res).submitReport.id });
    expect(row).toMatchObject({ reporterId: W.zhang, reporterPlatform: null });
    expect(errorCodes(await submit(submission(), as.operator))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses callers who cannot act for the worker', async () => {
    expect(errorCodes(await submit(submission(), as.anonymous, W.wang))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await submit(submission(), as.dashboard, W.wang))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await submit(submission(), as.stationsOperator, W.wang))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await submit(submission(), meituanForWang, W.chen))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await submit(submission(), as.partner('MEITUAN')))).toEqual(['BAD_USER_INPUT']);
  });

  it('returns the first report when a submission is retried with the same key', async () => {
    const key = `retry-${newId()}`;
    const first = dataOf(await submit(submission({ idempotencyKey: key }))).submitReport;
    const retry = dataOf(await submit(submission({ idempotencyKey: key }))).submitReport;
    expect(retry.id).toBe(first.id);
    expect((await rowsOf(W.wang)).filter((r) => r.idempotencyKey === key)).toHaveLength(1);
    // The key belongs to the worker: another worker's identical key files another report.
    const other = dataOf(await submit(submission({ idempotencyKey: key }), as.partner('MEITUAN', W.chen))).submitReport;
    expect(other.id).not.toBe(first.id);
  });

  it('stores one report when 20 identical submissions race', async () => {
    const key = `race-${newId()}`;
    const input = submission({ idempotencyKey: key, category: 'SANITATION' });
    const results = await Promise.all(Array.from({ length: 20 }, () => submit(input, as.partner('DIDI', W.liu))));
    const ids = results.map((r) => dataOf(r).submitReport.id);
    expect(new Set(ids).size).toBe(1);
    expect((await rowsOf(W.liu)).filter((r) => r.idempotencyKey === key)).toHaveLength(1);
  });

  it('files separate reports when no key is given', async () => {
    const before = (await rowsOf(W.chen)).length;
    const input = submission({ category: 'OTHER' });
    await Promise.all([1, 2, 3].map(() => submit(input, as.partner('MEITUAN', W.chen))));
    expect((await rowsOf(W.chen)).length).toBe(before + 3);
  });

  it('refuses an ftp photo URL, naming it, and more than nine photos', async () => {
    const ftp = await submit(submission({ photoUrls: ['https://ok.example/1.jpg', 'ftp://files.example.org/2.jpg'] }));
    expect(errorCodes(ftp)).toEqual(['BAD_USER_INPUT']);
    expect(ftp.errors![0]!.message).toContain('photoUrls[1]');
    expect(ftp.errors![0]!.message).toContain('ftp://files.example.org/2.jpg');
    const ten = Array.from({ length: 10 }, (_, i) => `https://files.example.org/${i}.jpg`);
    expect(errorCodes(await submit(submission({ photoUrls: ten })))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses an out-of-range latitude, a bad district and a blank description, storing nothing', async () => {
    const before = (await rowsOf(W.wang)).length;
    const lat = await submit(submission({ location: { lat: 95, lng: 116.46 } }));
    expect(errorCodes(lat)).toEqual(['BAD_USER_INPUT']);
    expect(lat.errors![0]!.extensions!.field).toBe('location.lat');
    expect(errorCodes(await submit(submission({ districtCode: 'CY' })))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await submit(submission({ description: ' \n ' })))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await submit(submission({ idempotencyKey: 'k'.repeat(101) })))).toEqual(['BAD_USER_INPUT']);
    expect((await rowsOf(W.wang)).length).toBe(before);
  });

  it('takes GCJ-02 by default and gives it back within half a metre; WGS-84 shows the datum shift', async () => {
    const at = { lat: 39.9087, lng: 116.4605 };
    const { id } = dataOf(await submit(submission({ location: at }))).submitReport;
    const q = `query($id: ID!) { report(id: $id) { gcj: location { lat lng } wgs: location(crs: WGS84) { lat lng } bd: location(crs: BD09) { lat lng } } }`;
    const r = dataOf(await sg.query(q, { id })).report;
    expect(distanceMeters(r.gcj, at)).toBeLessThan(0.5);
    const shift = distanceMeters(r.wgs, at);
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(1000);
    expect(distanceMeters(r.bd, at)).toBeGreaterThan(100);
    const row = await sg.db.manager.findOneByOrFail(Report, { id });
    expect(distanceMeters({ lat: row.lat, lng: row.lng }, r.wgs)).toBeLessThan(0.01);
  });

  it('stores a WGS-84 submission as it is', async () => {
    const at = { lat: 39.98, lng: 116.31 };
    const { id } = dataOf(await submit(submission({ location: { ...at, crs: 'WGS84' } }))).submitReport;
    const row = await sg.db.manager.findOneByOrFail(Report, { id });
    expect(distanceMeters(row, at)).toBeLessThan(0.01);
  });
});

describe('who sees the reporter', () => {
  let id: string;
  const q = `query($id: ID!) { report(id: $id) { id category status reporter { id } } }`;
  beforeAll(async () => {
    id = dataOf(await submit(submission({ category: 'FIRE_HAZARD' }))).submitReport.id;
  });

  it('shows the public the report but not who filed it', async () => {
    for (const who of [as.anonymous, as.dashboard]) {
      const res = await sg.query(q, { id }, who);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.errors![0]!.path).toEqual(['report', 'reporter']);
      const plain = dataOf(await sg.query(`query($id: ID!) { report(id: $id) { category status } }`, { id }, who));
      expect(plain.report).toEqual({ category: 'FIRE_HAZARD', status: 'SUBMITTED' });
    }
  });

  it('shows the reporter to the platform it came through, even acting for someone else', async () => {
    for (const who of [as.partner('MEITUAN'), as.partner('MEITUAN', W.chen)]) {
      expect(dataOf(await sg.query(q, { id }, who)).report.reporter).toEqual({ id: W.wang });
    }
  });

  it('refuses another platform', async () => {
    expect(errorCodes(await sg.query(q, { id }, as.partner('ELEME', W.li)))).toEqual(['FORBIDDEN']);
  });

  it('shows the reporter to governance operators and admins, not to other operators', async () => {
    expect(dataOf(await sg.query(q, { id }, as.operator)).report.reporter).toEqual({ id: W.wang });
    expect(dataOf(await sg.query(q, { id }, as.admin)).report.reporter).toEqual({ id: W.wang });
    expect(errorCodes(await sg.query(q, { id }, as.stationsOperator))).toEqual(['FORBIDDEN']);
  });

  it('applies the same rule to reports reached through _entities', async () => {
    const e = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Report { id reporter { id } } } }`;
    const r = [{ __typename: 'Report', id }];
    expect(errorCodes(await sg.query(e, { r }, as.anonymous))).toEqual(['FORBIDDEN']);
    expect(dataOf(await sg.query(e, { r }, as.partner('MEITUAN')))._entities).toEqual([{ id, reporter: { id: W.wang } }]);
  });
});

describe('possible duplicates', () => {
  const q = `query($id: ID!) { report(id: $id) { possibleDuplicates { id } } }`;
  const dupesOf = async (id: string) =>
    (dataOf(await sg.query(q, { id })).report.possibleDuplicates as { id: string }[]).map((r) => r.id);

  it('finds open reports of the same category within 50 m, and nothing farther or of another kind', async () => {
    const base = { lat: 31.2304, lng: 121.4737 };
    const file = async (dLatMeters: number, category = 'PUBLIC_ORDER') =>
      dataOf(
        await submit(
          submission({ category, location: { lat: base.lat + dLatMeters / 111_195, lng: base.lng, crs: 'WGS84' }, districtCode: '310101' }),
        ),
      ).submitReport.id as string;
    const origin = await file(0);
    const near = await file(30);
    const edge = await file(49);
    const far = await file(60);
    const otherKind = await file(5, 'SANITATION');
    expect((await dupesOf(origin)).sort()).toEqual([near, edge].sort());
    expect(await dupesOf(far)).toEqual(expect.arrayContaining([near]));
    expect(await dupesOf(far)).not.toContain(origin);
    expect(await dupesOf(otherKind)).toEqual([]);
  });

  it('leaves out closed reports and reports outside 72 hours', async () => {
    const at = { lat: 22.5431, lng: 114.0579, crs: 'WGS84' };
    const input = submission({ category: 'PRODUCTION_SAFETY', location: at, districtCode: '440304' });
    const origin = dataOf(await submit(input)).submitReport.id as string;
    const closed = dataOf(await submit(input)).submitReport.id as string;
    const old = dataOf(await submit(input)).submitReport.id as string;
    await sg.db.manager.update(Report, { id: closed }, { status: 'RESOLVED' });
    await sg.db.manager.update(Report, { id: old }, { submittedAt: new Date(Date.now() - 73 * 3600 * 1000) });
    expect(await dupesOf(origin)).toEqual([]);
    expect(await dupesOf(old)).toEqual([]);
  });
});
