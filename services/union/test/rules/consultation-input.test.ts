import { DAY_MS } from '@nef/kit';
import { dataOf, errorCodes, errorCodesOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId } from '../../src/seed/demo';
import { checkConsultationInput, MAX_MEASURES } from '../../src/rules/consultation-input';
import { service } from '../../src/server';
import { admin } from '../support';

/** Consultation measures are capped at 50, through the API and in the rule itself. */
let sg: TestSubgraph;

const RECORD = `mutation($input: ConsultationInput!) { recordConsultation(input: $input) { id measures(first: 50) { id } } }`;
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
});
afterAll(() => sg.stop());

describe('ConsultationInput.measures', () => {
  it('takes at most 50 measures, refusing more with BAD_USER_INPUT naming the field and the maximum', async () => {
    const fifty = Array.from({ length: 50 }, (_, i) => measure(i));
    const ok = dataOf(await sg.query(RECORD, { input: consultation(100, fifty) }, admin)).recordConsultation;
    expect(ok.measures).toHaveLength(50);
    const res = await sg.query(RECORD, { input: consultation(101, [...fifty, measure(50)]) }, admin);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('measures');
    expect(res.errors![0]!.message).toMatch(/at most 50/);
  });
});

describe('checkConsultationInput', () => {
  const now = new Date('2026-03-10T10:00:00+08:00');
  const input = { title: ' 恳谈会 ', platform: 'MEITUAN', branchId: 'b', heldAt: new Date('2026-03-10T09:00:00+08:00'), workerRepresentatives: 5, measures: [measure(0)] };

  it('trims the title and descriptions and keeps the measures in order', () => {
    expect(checkConsultationInput({ ...input, measures: [{ category: 'CARE', description: ' 措施 ' }, measure(1)] }, now)).toEqual({
      title: '恳谈会',
      measures: [
        { category: 'CARE', description: '措施', dueAt: null },
        { category: 'CARE', description: '措施 1', dueAt: null },
      ],
    });
  });

  it('refuses a future heldAt beyond the allowed skew, representatives out of range and too many measures', () => {
    expect(checkConsultationInput({ ...input, heldAt: new Date(now.getTime() + 4 * 60_000) }, now).title).toBe('恳谈会');
    for (const bad of [
      { heldAt: new Date(now.getTime() + 6 * 60_000) },
      { workerRepresentatives: 0 },
      { workerRepresentatives: 100_001 },
      { workerRepresentatives: 1.5 },
      { measures: Array.from({ length: MAX_MEASURES + 1 }, (_, i) => measure(i)) },
      { title: '' },
      { measures: [{ category: 'CARE', description: '措'.repeat(501) }] },
    ]) {
      expect(errorCodesOf(() => checkConsultationInput({ ...input, ...bad }, now))).toEqual(['BAD_USER_INPUT']);
    }
  });
});
