import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { appendEntry } from '../../src/commands/append-points-entry';
import { Report, type ReportRow } from '../../src/entities';
import { as, service, W } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const ENTITIES = /* GraphQL */ `
  query($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Worker {
        id
        pointsBalance
        pointsHistory(first: 2) { delta reason balanceAfter reference }
        reports(first: 1) { id status possibleDuplicates { id } }
      }
    }
  }
`;
const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'Worker', id }));

function reportRow(reporterId: string, minutesAgo: number, status: ReportRow['status'] = 'SUBMITTED'): ReportRow {
  return {
    id: newId(),
    reporterId,
    reporterPlatform: 'MEITUAN',
    idempotencyKey: null,
    category: 'SANITATION',
    description: '垃圾满溢',
    lat: 39.9 + Math.random() / 10,
    lng: 116.4 + Math.random() / 10,
    districtCode: '110105',
    photoUrls: '[]',
    status,
    duplicateOf: null,
    submittedAt: new Date(Date.now() - minutesAgo * 60_000),
    reviewedAt: null,
    resolvedAt: null,
    resolutionNote: null,
    reviewNote: null,
    externalRef: null,
    pointsAwarded: 0,
  };
}

/** Workers with three reports and three ledger entries each. */
async function workersWithHistory(n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => newId());
  await sg.db.transaction(async (em) => {
    const at = new Date();
    for (const id of ids) {
      const rows = [reportRow(id, 30), reportRow(id, 20, 'ACCEPTED'), reportRow(id, 10)];
      await em.insert(Report, rows);
      await appendEntry(em, sg.db, { workerId: id, delta: 10, reason: 'REPORT_ACCEPTED', reference: rows[1]!.id, at });
      await appendEntry(em, sg.db, { workerId: id, delta: 5, reason: 'ACTIVITY', reference: 'act-1', at });
      await appendEntry(em, sg.db, { workerId: id, delta: -3, reason: 'REDEMPTION', reference: 'red-1', at });
    }
  });
  return ids;
}

describe('a worker’s points and reports', () => {
  let worker: string;
  beforeAll(async () => {
    [worker] = await workersWithHistory(1);
  });

  it('are shown to the partner acting for exactly that worker', async () => {
    const res = await sg.query(ENTITIES, { r: reps([worker!]) }, as.partner('MEITUAN', worker!));
    const [w] = dataOf(res)._entities;
    expect(w.pointsBalance).toBe(12);
    expect(w.pointsHistory).toEqual([
      { delta: -3, reason: 'REDEMPTION', balanceAfter: 12, reference: 'red-1' },
      { delta: 5, reason: 'ACTIVITY', balanceAfter: 15, reference: 'act-1' },
    ]);
    expect(w.reports).toHaveLength(1);
  });

  it('are FORBIDDEN for another worker reached through _entities', async () => {
    const res = await sg.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { pointsBalance } } }`, {
      r: reps([W.li]),
    }, as.partner('MEITUAN', worker!));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });

  it('are FORBIDDEN for the public, dashboards, other domains and partners acting for nobody', async () => {
    for (const who of [as.anonymous, as.dashboard, as.stationsOperator, as.partner('MEITUAN')]) {
      const res = await sg.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { pointsBalance } } }`, {
        r: reps([worker!]),
      }, who);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
  });

  it('are shown to governance operators and admins', async () => {
    for (const who of [as.operator, as.admin]) {
      expect(dataOf(await sg.query(ENTITIES, { r: reps([worker!]) }, who))._entities[0].pointsBalance).toBe(12);
    }
  });

  it('default to a zero balance and empty lists for a worker with no history', async () => {
    const [w] = dataOf(await sg.query(ENTITIES, { r: reps([newId()]) }, as.admin))._entities;
    expect(w).toMatchObject({ pointsBalance: 0, pointsHistory: [], reports: [] });
  });

  it('lists reports newest first, filtered by status, at most `first`', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker {
      all: reports { status submittedAt } accepted: reports(status: ACCEPTED) { status } none: reports(first: 0) { id } } } }`;
    const [w] = dataOf(await sg.query(q, { r: reps([worker!]) }, as.admin))._entities;
    expect(w.all).toHaveLength(3);
    const times = w.all.map((r: { submittedAt: string }) => r.submittedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(w.accepted).toEqual([{ status: 'ACCEPTED' }]);
    expect(w.none).toEqual([]);
  });

  it('refuses a page larger than 100', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { pointsHistory(first: 101) { delta } } } }`;
    expect(errorCodes(await sg.query(q, { r: reps([worker!]) }, as.admin))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('batching', () => {
  it('resolves 10 or 40 workers with the same number of SQL statements', async () => {
    const ids = await workersWithHistory(40);
    const cost = async (n: number) => {
      const before = sg.db.statements;
      const res = dataOf(await sg.query(ENTITIES, { r: reps(ids.slice(0, n)) }, as.admin));
      const spent = sg.db.statements - before;
      expect(res._entities).toHaveLength(n);
      for (const w of res._entities) {
        expect(w.pointsBalance).toBe(12);
        expect(w.pointsHistory).toHaveLength(2);
        expect(w.reports).toHaveLength(1);
      }
      return spent;
    };
    const ten = await cost(10);
    const forty = await cost(40);
    expect(ten).toBeGreaterThan(0);
    expect(forty).toBe(ten);
    // balance, history, reports, then duplicates of the reports found.
    expect(ten).toBeLessThanOrEqual(4);
  });
});
