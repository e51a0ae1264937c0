import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin, anonymous, COURSE_REQUESTS, askedBy, courseRequestsOf } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const asked = (topic: string, n: number, extra: Record<string, unknown> = {}) => askedBy(sg, topic, n, extra);
const list = (vars: Record<string, unknown> = {}) => courseRequestsOf(sg, vars);

describe('courseRequests: open demand, counts only', () => {
  let open: any;
  let below: any;
  beforeAll(async () => {
    open = await asked('平台规则与劳动权益', 12, { category: 'LEGAL', districtCode: '110106' });
    below = await asked('短视频剪辑', 3, { category: 'DIGITAL_COMMERCE', districtCode: '110106' });
  });

  it('lists open demand in a district, most asked first', async () => {
    const rows = await list({ district: '110106', open: true });
    expect(rows.map((r) => r.id)).toEqual([open.id]);
    expect(rows[0]).toMatchObject({ requests: 12, threshold: 10, open: true, fulfilledBy: null });
  });

  it('lists the rest with open: false and everything without it', async () => {
    expect((await list({ district: '110106', open: false })).map((r) => r.id)).toEqual([below.id]);
    expect((await list({ district: '110106' })).map((r) => r.id)).toEqual([open.id, below.id]);
    expect((await list({ first: 1 })).length).toBe(1);
  });

  it('shows counts to anyone but never who asked', async () => {
    const res = await sg.query(`{ courseRequests { id requests } }`, {}, anonymous);
    expect(dataOf(res).courseRequests.length).toBeGreaterThan(0);
    const workerField = await sg.query(`{ courseRequests { workers { id } } }`, {}, admin);
    expect(errorCodes(workerField)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('refuses a malformed district', async () => {
    expect(errorCodes(await sg.query(COURSE_REQUESTS, { district: 'x' }))).toEqual(['BAD_USER_INPUT']);
  });
});
