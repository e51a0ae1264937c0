import { newId, nameId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId } from '../src/demo';
import { AgreedMeasureEntity, ConsultationEntity, MeasureStatusChangeEntity } from '../src/entities';
import { service } from '../src/service';
import { admin, dashboard, partner, stationsOperator, unionOperator } from './support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const FIELDS = `id title heldAt workerRepresentatives platform { code } branch { id }
  measures { id category description status dueAt history { status actor } }
  progress { agreed done inProgress dropped ratio }`;
const RECORD = `mutation($input: ConsultationInput!) { recordConsultation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $status: MeasureStatus!) { updateMeasureStatus(id: $id, status: $status) { id status history { status at actor } } }`;
const LIST = `query($platform: ID, $first: Int) { consultations(platform: $platform, first: $first) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { consultation(id: $id) { id progress { agreed done ratio } } }`;

const input = (over: Record<string, unknown> = {}) => ({
  title: '海淀区快递员与饿了么恳谈会',
  platform: 'ELEME',
  branchId: demoBranchId('haidian'),
  heldAt: '2025-10-10T14:00:00+08:00',
  workerRepresentatives: 12,
  measures: [
    { category: 'ALGORITHM', description: '优化派单算法，减少超时罚款', dueAt: '2026-03-31T00:00:00Z' },
    { category: 'CARE', description: '夏季防暑降温物资' },
    { category: 'SAFETY', description: '电动车安全检查' },
  ],
  ...over,
});

async function recorded(over: Record<string, unknown> = {}) {
  return dataOf(await sg.query(RECORD, { input: input(over) }, unionOperator)).recordConsultation;
}

describe('recording consultations', () => {
  it('records the meeting and its measures, all AGREED with a first history row', async () => {
    const c = await recorded();
    expect(c).toMatchObject({ title: '海淀区快递员与饿了么恳谈会', workerRepresentatives: 12, platform: { code: 'ELEME' } });
    expect(c.measures.map((m: { category: string }) => m.category)).toEqual(['ALGORITHM', 'CARE', 'SAFETY']);
    expect(c.measures[0]).toMatchObject({ status: 'AGREED', dueAt: '2026-03-31T00:00:00.000Z', history: [{ status: 'AGREED', actor: 'operator:union:key-union-ops' }] });
    expect(c.progress).toEqual({ agreed: 3, done: 0, inProgress: 0, dropped: 0, ratio: 0 });
  });

  it('refuses bad input without writing anything', async () => {
    const before = await sg.db.manager.count(ConsultationEntity);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: ' ' }, 'BAD_USER_INPUT'],
      [{ workerRepresentatives: 0 }, 'BAD_USER_INPUT'],
      [{ heldAt: new Date(Date.now() + 86_400_000).toISOString() }, 'BAD_USER_INPUT'],
      [{ measures: [{ category: 'CARE', description: '' }] }, 'BAD_USER_INPUT'],
      [{ platform: 'NOPE' }, 'NOT_FOUND'],
      [{ branchId: newId() }, 'NOT_FOUND'],
    ];
    for (const [over, code] of cases) expect(errorCodes(await sg.query(RECORD, { input: input(over) }, admin))).toEqual([code]);
    expect(await sg.db.manager.count(ConsultationEntity)).toBe(before);
  });

  it('is for admins and union operators only (a district-limited one in its districts)', async () => {
    for (const p of [partner('ELEME'), dashboard, stationsOperator, undefined]) {
      expect(errorCodes(await sg.query(RECORD, { input: input() }, p))).toEqual(['FORBIDDEN']);
    }
    const chaoyangOnly = { ...unionOperator, districts: ['110105'] };
    expect(errorCodes(await sg.query(RECORD, { input: input() }, chaoyangOnly))).toEqual(['FORBIDDEN']);
    dataOf(await sg.query(RECORD, { input: input({ branchId: demoBranchId('chaoyang') }) }, chaoyangOnly));
  });
});

describe('measure status', () => {
  it('records each change with its time and moves the progress', async () => {
    const c = await recorded();
    const [a, b, d] = c.measures.map((m: { id: string }) => m.id);
    const started = dataOf(await sg.query(UPDATE, { id: a, status: 'IN_PROGRESS' }, unionOperator)).updateMeasureStatus;
    expect(started.history.map((h: { status: string }) => h.status)).toEqual(['AGREED', 'IN_PROGRESS']);
    dataOf(await sg.query(UPDATE, { id: a, status: 'DONE' }, admin));
    dataOf(await sg.query(UPDATE, { id: d, status: 'DROPPED' }, admin));
    const done = dataOf(await sg.query(UPDATE, { id: b, status: 'DONE' }, admin)).updateMeasureStatus;
    expect(done.status).toBe('DONE');
    const changes = await sg.db.manager.find(MeasureStatusChangeEntity, { where: { measureId: a }, order: { at: 'ASC' } });
    expect(changes.map((ch) => ch.status)).toEqual(['AGREED', 'IN_PROGRESS', 'DONE']);
    expect(changes[2]!.at.getTime()).toBeGreaterThanOrEqual(changes[1]!.at.getTime());
    const progress = dataOf(await sg.query(ONE, { id: c.id }, partner('ELEME'))).consultation.progress;
    expect(progress).toEqual({ agreed: 2, done: 2, ratio: 1 });
  });

  it('refuses an illegal move with CONFLICT and changes nothing; the same status is a no-op', async () => {
    const c = await recorded();
    const id = c.measures[0].id;
    dataOf(await sg.query(UPDATE, { id, status: 'DONE' }, admin));
    expect(errorCodes(await sg.query(UPDATE, { id, status: 'DROPPED' }, admin))).toEqual(['CONFLICT']);
    const same = dataOf(await sg.query(UPDATE, { id, status: 'DONE' }, admin)).updateMeasureStatus;
    expect(same.history).toHaveLength(2);
    expect((await sg.db.manager.findOneByOrFail(AgreedMeasureEntity, { id })).status).toBe('DONE');
  });

  it('is NOT_FOUND for an unknown measure and FORBIDDEN for partners and others', async () => {
    const c = await recorded();
    expect(errorCodes(await sg.query(UPDATE, { id: newId(), status: 'DONE' }, admin))).toEqual(['NOT_FOUND']);
    for (const p of [partner('ELEME'), dashboard, stationsOperator, undefined]) {
      expect(errorCodes(await sg.query(UPDATE, { id: c.measures[0].id, status: 'DONE' }, p))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('who sees consultations and their progress', () => {
  const demo = nameId('demo:consultation:meituan-chaoyang-2025');

  it('shows partners their own platform’s, with progress, and refuses another platform’s', async () => {
    const own = dataOf(await sg.query(LIST, {}, partner('MEITUAN'))).consultations;
    expect(own.map((c: { id: string }) => c.id)).toContain(demo);
    expect(own.every((c: { platform: { code: string } }) => c.platform.code === 'MEITUAN')).toBe(true);
    const care = own.find((c: { id: string }) => c.id === demo);
    expect(care.progress).toEqual({ agreed: 4, done: 2, inProgress: 1, dropped: 1, ratio: 0.5 });
    expect(care.measures[0].history.map((h: { actor: string }) => h.actor)).toEqual(['demo', 'demo', 'demo']);
    expect(errorCodes(await sg.query(LIST, { platform: 'MEITUAN' }, partner('ELEME')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(ONE, { id: demo }, partner('ELEME')))).toEqual(['FORBIDDEN']);
    expect(dataOf(await sg.query(LIST, {}, partner('DIDI'))).consultations).toEqual([]);
  });

  it('shows admins and union operators every platform’s, filtered by platform when asked', async () => {
    await recorded();
    for (const p of [admin, unionOperator]) {
      const all = dataOf(await sg.query(LIST, { first: 100 }, p)).consultations;
      expect(new Set(all.map((c: { platform: { code: string } }) => c.platform.code))).toEqual(new Set(['MEITUAN', 'ELEME']));
      const meituan = dataOf(await sg.query(LIST, { platform: 'MEITUAN' }, p)).consultations;
      expect(meituan.map((c: { id: string }) => c.id)).toEqual([demo]);
    }
  });

  it('lists most recent first, at most first', async () => {
    await recorded({ heldAt: '2024-01-01T00:00:00Z', title: '旧的恳谈会' });
    const list = dataOf(await sg.query(LIST, { platform: 'ELEME', first: 100 }, admin)).consultations;
    const times = list.map((c: { heldAt: string }) => new Date(c.heldAt).getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(dataOf(await sg.query(LIST, { platform: 'ELEME', first: 1 }, admin)).consultations).toHaveLength(1);
    expect(errorCodes(await sg.query(LIST, { first: 101 }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses dashboards, anonymous callers and other domains’ operators', async () => {
    for (const p of [dashboard, stationsOperator, undefined]) {
      expect(errorCodes(await sg.query(LIST, {}, p))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await sg.query(ONE, { id: demo }, p))).toEqual(['FORBIDDEN']);
    }
  });

  it('loads measures and their histories in batches: 1 consultation or many cost the same', async () => {
    for (let i = 0; i < 6; i++) await recorded({ title: `批量恳谈会${i}` });
    const count = async (first: number) => {
      const before = sg.db.statements;
      const list = dataOf(await sg.query(LIST, { platform: 'ELEME', first }, admin)).consultations;
      expect(list).toHaveLength(first);
      return sg.db.statements - before;
    };
    expect(await count(6)).toBe(await count(1));
  });
});
