import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { PlatformEntity } from '../../src/entities';
import { service } from '../../src/server';
import { admin, dashboard, partner, unionOperator } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const CREATE_PLATFORM = `mutation($code: ID!, $name: String!) { createPlatform(code: $code, name: $name) { code name } }`;

describe('platforms', () => {
  it('are added by admins and listed to anyone', async () => {
    expect(dataOf(await sg.query(CREATE_PLATFORM, { code: 'DADA', name: ' 达达 ' }, admin)).createPlatform).toEqual({
      code: 'DADA',
      name: '达达',
    });
    expect(dataOf(await sg.query(`{ platforms { code name } }`)).platforms).toEqual([{ code: 'DADA', name: '达达' }]);
  });

  it('refuse a code that exists (CONFLICT), also under concurrency', async () => {
    expect(errorCodes(await sg.query(CREATE_PLATFORM, { code: 'DADA', name: '达达' }, admin))).toEqual(['CONFLICT']);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => sg.query(CREATE_PLATFORM, { code: 'SHANSONG', name: '闪送' }, admin)),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.flatMap(errorCodes).every((c) => c === 'CONFLICT')).toBe(true);
    expect(await sg.db.manager.count(PlatformEntity, { where: { code: 'SHANSONG' } })).toBe(1);
  });

  it('refuse malformed codes and non-admins', async () => {
    expect(errorCodes(await sg.query(CREATE_PLATFORM, { code: 'dada-2', name: 'x' }, admin))).toEqual(['BAD_USER_INPUT']);
    for (const p of [unionOperator, partner('MEITUAN'), dashboard]) {
      expect(errorCodes(await sg.query(CREATE_PLATFORM, { code: 'KUAIGOU', name: '快狗' }, p))).toEqual(['FORBIDDEN']);
    }
    expect(await sg.db.manager.count(PlatformEntity, { where: { code: 'KUAIGOU' } })).toBe(0);
  });
});
