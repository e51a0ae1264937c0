import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { AuditEntity, type Principal } from '@nef/kit';
import { demoBranchId } from '../../src/seed/demo';
import { service } from '../../src/server';
import { ENTITIES, JOIN, admin, freshPhone, partner, registerAs, workerRef } from '../support';

let sg: TestSubgraph;
const ids: string[] = [];

beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
  for (let i = 0; i < 40; i++) {
    const input = { name: `骑手${i}`, phone: freshPhone(), occupation: 'FOOD_DELIVERY', districtCode: '110105', platformExternalId: `mt-batch-${i}` };
    const id = (await registerAs(sg, input, partner('MEITUAN'))).id as string;
    if (i % 2 === 0) {
      const again = { ...input, platformExternalId: `ele-batch-${i}` };
      await registerAs(sg, again, partner('ELEME'));
      dataOf(await sg.query(JOIN, { workerId: id, branchId: demoBranchId('chaoyang'), channel: 'ONLINE_QR' }, admin));
    }
    ids.push(id);
  }
});
afterAll(() => sg.stop());

async function statementsFor(count: number, principal: Principal): Promise<number> {
  const before = sg.db.statements;
  const res = dataOf(await sg.query(ENTITIES, { r: ids.slice(0, count).map(workerRef) }, principal));
  expect(res._entities).toHaveLength(count);
  expect(res._entities.every((w: { id: string } | null) => w !== null)).toBe(true);
  expect(res._entities.filter((w: { isUnionMember: boolean }) => w.isUnionMember)).toHaveLength(count / 2);
  return sg.db.statements - before;
}

describe('batching worker references', () => {
  it('costs the same SQL for 40 references as for 10, with membership, branch and platform accounts', async () => {
    const audited = await sg.db.manager.count(AuditEntity);
    const ten = await statementsFor(10, admin);
    const forty = await statementsFor(40, admin);
    expect(forty).toBe(ten);
    // worker, accounts, platforms, membership, branch: one statement each; admins see phones
    // whole, so each request also writes its audit rows at once (begin, one insert, commit).
    expect(ten).toBeLessThanOrEqual(5 + 3);
    expect(await sg.db.manager.count(AuditEntity)).toBe(audited + 10 + 40);
  });

  it('costs the same for a partner, whose visibility check reuses the accounts batch', async () => {
    const ten = await statementsFor(10, partner('MEITUAN'));
    const forty = await statementsFor(40, partner('MEITUAN'));
    expect(forty).toBe(ten);
    expect(ten).toBeLessThanOrEqual(5);
  });
});
