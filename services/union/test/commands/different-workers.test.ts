import { newId } from '@nef/kit';
import { errorCodes, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@nef/kit/testing';
import { AssistanceCaseEntity, MembershipEntity, PlatformAccountEntity } from '../../src/entities';
import { service } from '../../src/server';
import { JOIN, admin, freshPhone, partner, registerAs, unionOperator } from '../support';
import { OPEN } from '../support/cases';
import { chaoyang, WITHDRAW } from '../support/membership';

/**
 * Writes for different workers at the same moment, as many partners send them: each takes
 * its own worker's locks only, so none of them fails and none deadlocks (on MySQL, where they
 * run concurrently; SQLite runs them one at a time and must answer the same).
 */

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const N = 40;
const LINK = `mutation($workerId: ID!, $platform: ID!, $externalId: String!) {
  linkPlatformAccount(workerId: $workerId, platform: $platform, externalId: $externalId) { id }
}`;

/** The error codes among the answers: none when every one succeeded. */
const failures = (results: GraphQLResponse[]) => results.flatMap(errorCodes);

describe(`${N} different workers at once`, () => {
  let workers: string[] = [];
  let deadlocksBefore = 0;
  beforeEach(() => {
    deadlocksBefore = sg.db.deadlocks;
  });

  it('register, each with a platform account, through the worker’s consent', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: N }, (_, i) =>
        registerAs(sg, { name: '周敏', phone: freshPhone(), occupation: 'COURIER', districtCode: i % 2 ? '110105' : '110108', platformExternalId: `mt-${newId().slice(-12)}` }, partner('MEITUAN')),
      ),
    );
    expect(results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []))).toEqual([]);
    workers = results.map((r) => (r as PromiseFulfilledResult<{ id: string }>).value.id);
    for (const workerId of workers) expect(await sg.db.manager.count(PlatformAccountEntity, { where: { workerId } })).toBe(1);
    expect(new Set(workers).size).toBe(N);
    expect(sg.db.deadlocks - deadlocksBefore).toBe(0);
  });

  it('join the union', async () => {
    const results = await Promise.all(workers.map((workerId) => sg.query(JOIN, { workerId, branchId: chaoyang, channel: 'ONLINE_QR' }, admin)));
    expect(failures(results)).toEqual([]);
    for (const workerId of workers) expect(await sg.db.manager.count(MembershipEntity, { where: { workerId, status: 'ACTIVE' } })).toBe(1);
    expect(sg.db.deadlocks - deadlocksBefore).toBe(0);
  });

  it('link a second platform account', async () => {
    const results = await Promise.all(workers.map((workerId) => sg.query(LINK, { workerId, platform: 'ELEME', externalId: `ele-${newId().slice(-12)}` }, unionOperator)));
    expect(failures(results)).toEqual([]);
    for (const workerId of workers) expect(await sg.db.manager.count(PlatformAccountEntity, { where: { workerId } })).toBe(2);
    expect(sg.db.deadlocks - deadlocksBefore).toBe(0);
  });

  it('open assistance cases', async () => {
    const results = await Promise.all(workers.map((workerId) => sg.query(OPEN, { workerId, kind: 'LEGAL_AID', summary: '工资拖欠' }, unionOperator)));
    expect(failures(results)).toEqual([]);
    for (const workerId of workers) expect(await sg.db.manager.count(AssistanceCaseEntity, { where: { workerId } })).toBe(1);
    expect(sg.db.deadlocks - deadlocksBefore).toBe(0);
  });

  it('withdraw from the union', async () => {
    const results = await Promise.all(workers.map((workerId) => sg.query(WITHDRAW, { workerId, reason: '转行' }, admin)));
    expect(failures(results)).toEqual([]);
    for (const workerId of workers) expect(await sg.db.manager.count(MembershipEntity, { where: { workerId, status: 'WITHDRAWN' } })).toBe(1);
    expect(sg.db.deadlocks - deadlocksBefore).toBe(0);
  });
});
