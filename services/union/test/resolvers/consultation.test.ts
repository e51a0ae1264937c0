import { DAY_MS } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId } from '../../src/seed/demo';
import { service } from '../../src/server';
import { admin } from '../support';

/** Consultation.measures takes `first` (0..100) per consultation. */
let sg: TestSubgraph;
const consultations: string[] = [];

const RECORD = `mutation($input: ConsultationInput!) { recordConsultation(input: $input) { id measures { id } } }`;
const CREATE_PLATFORM = `mutation($code: ID!, $name: String!) { createPlatform(code: $code, name: $name) { code } }`;

const measure = (i: number) => ({ category: 'CARE', description: `措施 ${i}` });
const consultation = (i: number, measures = [measure(0), measure(1), measure(2)]) => ({
  title: `限量恳谈会 ${i}`,
  platform: 'BOUNDS',
  branchId: demoBranchId('chaoyang'),
  heldAt: new Date(Date.UTC(2025, 0, 1) + i * DAY_MS).toISOString(),
  workerRepresentatives: 5,
  measures,
});

beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
  dataOf(await sg.query(CREATE_PLATFORM, { code: 'BOUNDS', name: '限量平台' }, admin));
  for (let i = 0; i < 40; i++) consultations.push(dataOf(await sg.query(RECORD, { input: consultation(i) }, admin)).recordConsultation.id);
});
afterAll(() => sg.stop());

describe('Consultation.measures(first)', () => {
  const ONE = `query($id: ID!, $first: Int) { consultation(id: $id) { measures(first: $first) { description } progress { agreed } } }`;

  it('returns the first measures in the order agreed; progress still counts them all', async () => {
    const one = async (first?: number) => dataOf(await sg.query(ONE, { id: consultations[0], ...(first === undefined ? {} : { first }) }, admin)).consultation;
    expect((await one()).measures.map((m: any) => m.description)).toEqual(['措施 0', '措施 1', '措施 2']);
    const two = await one(2);
    expect(two.measures.map((m: any) => m.description)).toEqual(['措施 0', '措施 1']);
    expect(two.progress.agreed).toBe(3);
    expect((await one(0)).measures).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(ONE, { id: consultations[0], first: 101 }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(ONE, { id: consultations[0], first: -1 }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('applies first per consultation and costs the same SQL statements for 10 or 40 consultations', async () => {
    const LIST = `query($first: Int) { consultations(platform: "BOUNDS", first: $first) { id measures(first: 2) { id history { status } } progress { agreed } } }`;
    const run = async (n: number) => {
      const before = sg.db.statements;
      const list = dataOf(await sg.query(LIST, { first: n }, admin)).consultations as any[];
      return { statements: sg.db.statements - before, list };
    };
    const ten = await run(10);
    const forty = await run(40);
    expect(forty.list).toHaveLength(40);
    for (const c of forty.list) {
      expect(c.measures).toHaveLength(2);
      expect(c.progress.agreed).toBe(3);
    }
    expect(ten.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(ten.statements);
  });
});
