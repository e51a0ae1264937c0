import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoWorkerId } from '../../src/seed/demo';
import { maskName } from '../../src/rules/worker-visibility';
import { service } from '../../src/server';
import { admin, partner, stationsOperator, unionOperator, WORKER, workerRef } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const trainingOperator: Principal = { role: 'operator', domain: 'training', districts: ['110105'], keyId: 'key-training' };
const wang = demoWorkerId('wang-qiang'); // 王强, on MEITUAN
const NAME = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { id name } } }`;
const field = (f: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { id ${f} } } }`;

describe('Worker.name on a course roster: what each role sees', () => {
  it('masks names for course organisers, who reach workers through rosters', async () => {
    const res = dataOf(await sg.query(NAME, { r: [workerRef(wang)] }, trainingOperator));
    expect(res._entities).toEqual([{ id: wang, name: '王*' }]);
  });

  it('gives course organisers nothing else of the worker', async () => {
    for (const f of ['phone', 'occupation', 'registeredAt', 'district { code }', 'platformAccounts { externalId }', 'membership { status }', 'isUnionMember']) {
      expect(errorCodes(await sg.query(field(f), { r: [workerRef(wang)] }, trainingOperator))).toEqual(['FORBIDDEN']);
    }
    // Nor may they look workers up here.
    expect(errorCodes(await sg.query(WORKER, { id: wang }, trainingOperator))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(`{ workers { totalCount } }`, {}, trainingOperator))).toEqual(['FORBIDDEN']);
  });

  it('shows the whole name to union staff and to the worker’s own platform, and nothing to other domains', async () => {
    for (const p of [admin, unionOperator, partner('MEITUAN')]) {
      expect(dataOf(await sg.query(NAME, { r: [workerRef(wang)] }, p))._entities).toEqual([{ id: wang, name: '王强' }]);
    }
    expect(errorCodes(await sg.query(NAME, { r: [workerRef(wang)] }, stationsOperator))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(NAME, { r: [workerRef(wang)] }, partner('ELEME')))).toEqual(['FORBIDDEN']);
  });
});

describe('maskName', () => {
  it('keeps the first character and stars the rest, counting characters, not UTF-16 units', () => {
    expect(maskName('王强')).toBe('王*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('𠮷田')).toBe('𠮷*');
    expect(maskName('李')).toBe('*');
  });
});
