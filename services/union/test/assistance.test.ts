import { newId, nameId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoWorkerId } from '../src/demo';
import { AssistanceCaseEntity, CaseStatusChangeEntity } from '../src/entities';
import { service } from '../src/service';
import { REGISTER, admin, dashboard, freshPhone, partner, stationsOperator, unionOperator } from './support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const FIELDS = `id kind status summary openedAt resolvedAt worker { id name phone } history { status at actor }`;
const OPEN = `mutation($workerId: ID, $kind: AssistanceKind!, $summary: String!) {
  openAssistanceCase(workerId: $workerId, kind: $kind, summary: $summary) { ${FIELDS} }
}`;
const UPDATE = `mutation($id: ID!, $status: CaseStatus!) { updateAssistanceCase(id: $id, status: $status) { ${FIELDS} } }`;
const LIST = `query($status: CaseStatus, $first: Int) { assistanceCases(status: $status, first: $first) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { assistanceCase(id: $id) { id status } }`;

const wang = demoWorkerId('wang-qiang'); // MEITUAN
const liNa = demoWorkerId('li-na'); // ELEME

async function newMeituanWorker(): Promise<string> {
  const input = { name: '郑浩', phone: freshPhone(), occupation: 'FOOD_DELIVERY', districtCode: '110105', platformExternalId: `mt-${newId().slice(-10)}` };
  return dataOf(await sg.query(REGISTER, { input }, partner('MEITUAN'))).registerWorker.id;
}

async function opened(workerId: string, kind = 'LEGAL_AID') {
  return dataOf(await sg.query(OPEN, { workerId, kind, summary: '平台单方面封号，申请法律援助' }, unionOperator)).openAssistanceCase;
}

const ids = (cases: { id: string }[]) => cases.map((c) => c.id);

describe('opening cases', () => {
  it('lets a partner open a case for the worker it acts for, without naming the worker', async () => {
    const workerId = await newMeituanWorker();
    const c = dataOf(await sg.query(OPEN, { kind: 'WORK_INJURY', summary: ' 送餐途中摔伤 ' }, partner('MEITUAN', workerId))).openAssistanceCase;
    expect(c).toMatchObject({ kind: 'WORK_INJURY', status: 'OPEN', summary: '送餐途中摔伤', resolvedAt: null, worker: { id: workerId } });
    expect(c.worker.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(c.history).toEqual([expect.objectContaining({ status: 'OPEN', actor: 'partner:MEITUAN' })]);
  });

  it('lets union staff open a case for a worker they name, and requires the name', async () => {
    const c = await opened(liNa, 'HARDSHIP');
    expect(c.worker).toMatchObject({ id: liNa, phone: '13900139002' });
    expect(errorCodes(await sg.query(OPEN, { kind: 'HARDSHIP', summary: 'x' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(OPEN, { workerId: newId(), kind: 'HARDSHIP', summary: 'x' }, admin))).toEqual(['NOT_FOUND']);
  });

  it('refuses a partner naming another worker or acting for another platform’s worker, and other roles', async () => {
    const workerId = await newMeituanWorker();
    const before = await sg.db.manager.count(AssistanceCaseEntity);
    expect(errorCodes(await sg.query(OPEN, { workerId: wang, kind: 'HARDSHIP', summary: 'x' }, partner('MEITUAN', workerId)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(OPEN, { kind: 'HARDSHIP', summary: 'x' }, partner('ELEME', workerId)))).toEqual(['FORBIDDEN']);
    for (const p of [dashboard, stationsOperator, undefined]) {
      expect(errorCodes(await sg.query(OPEN, { workerId, kind: 'HARDSHIP', summary: 'x' }, p))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await sg.query(OPEN, { workerId, kind: 'HARDSHIP', summary: '  ' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(await sg.db.manager.count(AssistanceCaseEntity)).toBe(before);
  });
});

describe('case status', () => {
  it('moves through legal statuses with a history, setting resolvedAt on resolving', async () => {
    const c = await opened(await newMeituanWorker());
    dataOf(await sg.query(UPDATE, { id: c.id, status: 'IN_PROGRESS' }, unionOperator));
    const resolved = dataOf(await sg.query(UPDATE, { id: c.id, status: 'RESOLVED' }, unionOperator)).updateAssistanceCase;
    expect(resolved.resolvedAt).not.toBeNull();
    const reopened = dataOf(await sg.query(UPDATE, { id: c.id, status: 'IN_PROGRESS' }, admin)).updateAssistanceCase;
    expect(reopened.resolvedAt).toBeNull();
    dataOf(await sg.query(UPDATE, { id: c.id, status: 'RESOLVED' }, admin));
    const closed = dataOf(await sg.query(UPDATE, { id: c.id, status: 'CLOSED' }, admin)).updateAssistanceCase;
    expect(closed.resolvedAt).not.toBeNull();
    expect(closed.history.map((h: { status: string }) => h.status)).toEqual(['OPEN', 'IN_PROGRESS', 'RESOLVED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
  });

  it('refuses illegal moves with CONFLICT, changing nothing; the same status is a no-op', async () => {
    const c = await opened(await newMeituanWorker());
    dataOf(await sg.query(UPDATE, { id: c.id, status: 'IN_PROGRESS' }, admin));
    expect(errorCodes(await sg.query(UPDATE, { id: c.id, status: 'OPEN' }, admin))).toEqual(['CONFLICT']);
    dataOf(await sg.query(UPDATE, { id: c.id, status: 'IN_PROGRESS' }, admin));
    dataOf(await sg.query(UPDATE, { id: c.id, status: 'CLOSED' }, admin));
    for (const status of ['OPEN', 'IN_PROGRESS', 'RESOLVED']) {
      expect(errorCodes(await sg.query(UPDATE, { id: c.id, status }, admin))).toEqual(['CONFLICT']);
    }
    const row = await sg.db.manager.findOneByOrFail(AssistanceCaseEntity, { id: c.id });
    expect(row).toMatchObject({ status: 'CLOSED', resolvedAt: null });
    expect(await sg.db.manager.count(CaseStatusChangeEntity, { where: { caseId: c.id } })).toBe(3);
  });

  it('is for union staff only: the partner, dashboards and others are refused', async () => {
    const workerId = await newMeituanWorker();
    const c = await opened(workerId);
    for (const p of [partner('MEITUAN', workerId), dashboard, stationsOperator, undefined]) {
      expect(errorCodes(await sg.query(UPDATE, { id: c.id, status: 'IN_PROGRESS' }, p))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await sg.query(UPDATE, { id: newId(), status: 'IN_PROGRESS' }, admin))).toEqual(['NOT_FOUND']);
  });

  it('applies one of two concurrent conflicting moves', async () => {
    const c = await opened(await newMeituanWorker());
    const results = await Promise.all(
      ['IN_PROGRESS', 'CLOSED', 'IN_PROGRESS', 'CLOSED'].map((status) => sg.query(UPDATE, { id: c.id, status }, admin)),
    );
    const row = await sg.db.manager.findOneByOrFail(AssistanceCaseEntity, { id: c.id });
    const changes = await sg.db.manager.find(CaseStatusChangeEntity, { where: { caseId: c.id }, order: { at: 'ASC', id: 'ASC' } });
    expect(changes[changes.length - 1]!.status).toBe(row.status);
    expect(results.flatMap(errorCodes).every((code) => code === 'CONFLICT')).toBe(true);
    expect(changes.length).toBeLessThanOrEqual(3);
  });
});

describe('who sees cases', () => {
  it('shows union operators and admins every case, filtered by status', async () => {
    const c = await opened(await newMeituanWorker());
    for (const p of [admin, unionOperator]) {
      const all = dataOf(await sg.query(LIST, { first: 100 }, p)).assistanceCases;
      expect(ids(all)).toEqual(expect.arrayContaining([c.id, nameId('demo:case:wang-qiang-wages'), nameId('demo:case:li-na-counselling')]));
      const closed = dataOf(await sg.query(LIST, { status: 'CLOSED', first: 100 }, p)).assistanceCases;
      expect(closed.every((x: { status: string }) => x.status === 'CLOSED')).toBe(true);
      expect(ids(closed)).toContain(nameId('demo:case:li-na-counselling'));
    }
  });

  it('shows a partner only the cases of the worker it acts for', async () => {
    const workerId = await newMeituanWorker();
    const mine = await opened(workerId);
    await opened(wang);
    const seen = dataOf(await sg.query(LIST, {}, partner('MEITUAN', workerId))).assistanceCases;
    expect(ids(seen)).toEqual([mine.id]);
    expect(dataOf(await sg.query(ONE, { id: mine.id }, partner('MEITUAN', workerId))).assistanceCase.id).toBe(mine.id);
    const wangCases = dataOf(await sg.query(LIST, { first: 100 }, partner('MEITUAN', wang))).assistanceCases;
    expect(wangCases.every((x: { worker: { id: string } }) => x.worker.id === wang)).toBe(true);
    expect(ids(wangCases)).not.toContain(mine.id);
    expect(errorCodes(await sg.query(ONE, { id: mine.id }, partner('MEITUAN', wang)))).toEqual(['FORBIDDEN']);
  });

  it('refuses another platform’s partner, a partner acting for no one, dashboards, anonymous callers and other domains’ operators', async () => {
    const workerId = await newMeituanWorker();
    const c = await opened(workerId);
    const refused = [partner('ELEME', liNa), partner('ELEME', workerId), partner('MEITUAN'), dashboard, stationsOperator, undefined];
    for (const p of refused) {
      const res = await sg.query(ONE, { id: c.id }, p);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data?.assistanceCase ?? null).toBeNull();
    }
    for (const p of [partner('ELEME', workerId), partner('MEITUAN'), dashboard, stationsOperator, undefined]) {
      const res = await sg.query(LIST, {}, p);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data?.assistanceCases ?? null).toBeNull();
    }
    const eleme = dataOf(await sg.query(LIST, {}, partner('ELEME', liNa))).assistanceCases;
    expect(ids(eleme)).not.toContain(c.id);
  });
});
