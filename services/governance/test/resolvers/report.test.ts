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
