import { distanceMeters, newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Report } from '../../src/entities';
import { as, service, SUBMIT, submission, W } from '../support';

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
