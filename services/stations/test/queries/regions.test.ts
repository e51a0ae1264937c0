import fs from 'node:fs';
import path from 'node:path';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { parse, validate, type OperationDefinitionNode } from 'graphql';
// The gateway's own measure of an operation, on the composed schema (as pages.test.ts does).
import { clientSchemaOf } from '../../../../gateway/src/cli/contract';
import { analyzeOperation } from '../../../../gateway/src/limits/analyze';
import { service } from '../../src/server';

const REGION = `query($code: ID!) { region(code: $code) { code level name parent { code level name } district { code nameEn } } }`;
const CHILDREN = `query($code: ID!, $level: RegionLevel, $first: Int, $after: String) {
  region(code: $code) { children(level: $level, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { code level name parent { code } } } } } }`;
const REGIONS = `query($level: RegionLevel, $parent: ID, $first: Int, $after: String) {
  regions(level: $level, parent: $parent, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code name level } } } }`;

describe('Region', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
  });
  afterAll(() => sg.stop());

  it('reads a region at every level, with its parent', async () => {
    const street = dataOf(await sg.query(REGION, { code: '110105015' })).region;
    expect(street).toEqual({ code: '110105015', level: 'STREET', name: '八里庄街道', parent: { code: '110105', level: 'COUNTY', name: '朝阳区' }, district: null });
    const county = dataOf(await sg.query(REGION, { code: '110105' })).region;
    expect(county).toEqual({ code: '110105', level: 'COUNTY', name: '朝阳区', parent: { code: '110100', level: 'CITY', name: '北京市' }, district: { code: '110105', nameEn: 'Chaoyang' } });
    const city = dataOf(await sg.query(REGION, { code: '441300' })).region;
    expect(city).toEqual({ code: '441300', level: 'CITY', name: '惠州市', parent: { code: '440000', level: 'PROVINCE', name: '广东省' }, district: null });
    const province = dataOf(await sg.query(REGION, { code: '440000' })).region;
    expect(province).toEqual({ code: '440000', level: 'PROVINCE', name: '广东省', parent: { code: '100000', level: 'NATION', name: '中华人民共和国' }, district: null });
    expect(dataOf(await sg.query(REGION, { code: '110108010000' })).region).toMatchObject({ code: '110108010', name: '学院路街道' });
  });

  it('answers null for a code that is not in the catalogue', async () => {
    expect(dataOf(await sg.query(REGION, { code: '999999' })).region).toBeNull();
    expect(dataOf(await sg.query(REGION, { code: 'x' })).region).toBeNull();
  });

  it('goes down and back up: every child names its parent', async () => {
    const page = dataOf(await sg.query(CHILDREN, { code: '441300', first: 100 })).region.children;
    expect(page.edges.map((e: any) => e.node.name)).toContain('惠城区');
    expect(page.totalCount).toBe(page.edges.length);
    for (const e of page.edges) expect(e.node).toMatchObject({ level: 'COUNTY', parent: { code: '441300' } });
    const streets = dataOf(await sg.query(CHILDREN, { code: '110105', first: 100 })).region.children;
    expect(streets.edges.map((e: any) => e.node.name)).toEqual(expect.arrayContaining(['八里庄街道', '东湖街道']));
    for (const e of streets.edges) expect(e.node).toMatchObject({ level: 'STREET', parent: { code: '110105' } });
  });

  it('lists every region at a level inside one (the streets of a city; 济源 among Henan’s counties)', async () => {
    const huizhou = dataOf(await sg.query(CHILDREN, { code: '441300', level: 'STREET', first: 100 })).region.children;
    expect(huizhou.edges.map((e: any) => e.node.name)).toContain('三栋镇');
    expect(huizhou.edges.every((e: any) => e.node.code.startsWith('4413'))).toBe(true);
    const henan = dataOf(await sg.query(REGIONS, { parent: '410000', level: 'COUNTY', first: 100 })).regions;
    expect(henan.totalCount).toBeGreaterThan(100);
    let after = henan.pageInfo.endCursor;
    const codes = henan.edges.map((e: any) => e.node.code);
    while (after) {
      const next = dataOf(await sg.query(REGIONS, { parent: '410000', level: 'COUNTY', first: 100, after })).regions;
      codes.push(...next.edges.map((e: any) => e.node.code));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(codes).toHaveLength(henan.totalCount);
    expect(codes).toContain('419001');
  });

  it('pages the provinces in code order without gaps or repeats', async () => {
    const first = dataOf(await sg.query(REGIONS, { first: 10 })).regions;
    expect(first.totalCount).toBe(31);
    expect(first.edges[0].node).toEqual({ code: '110000', name: '北京市', level: 'PROVINCE' });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const codes = first.edges.map((e: any) => e.node.code);
    let after = first.pageInfo.endCursor;
    while (after) {
      const next = dataOf(await sg.query(REGIONS, { first: 10, after })).regions;
      codes.push(...next.edges.map((e: any) => e.node.code));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(codes).toHaveLength(31);
    expect(codes).toEqual([...new Set(codes)].sort());
    expect(dataOf(await sg.query(REGIONS, { level: 'CITY', first: 0 })).regions).toMatchObject({ totalCount: 338, edges: [] });
  });

  it('refuses an unknown parent, a level not below the parent, and a bad page size', async () => {
    const unknown = await sg.query(REGIONS, { parent: '999999' });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0].extensions!.field).toBe('parent');
    const notBelow = await sg.query(CHILDREN, { code: '441300', level: 'PROVINCE' });
    expect(errorCodes(notBelow)).toEqual(['BAD_USER_INPUT']);
    expect(notBelow.errors![0].extensions!.field).toBe('level');
    expect(errorCodes(await sg.query(REGIONS, { parent: '110105', level: 'COUNTY' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(REGIONS, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('resolves a reference from another subgraph by code', async () => {
    const res = await sg.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code name level } } }`, {
      r: [{ __typename: 'Region', code: '441302' }, { __typename: 'Region', code: '999999' }],
    });
    expect(dataOf(res)._entities).toEqual([{ code: '441302', name: '惠城区', level: 'COUNTY' }, null]);
  });
});

describe('what a region drill-down costs at the gateway (limit 5,000)', () => {
  const supergraph = clientSchemaOf(fs.readFileSync(path.join(__dirname, '../../../../gateway/supergraph.graphql'), 'utf8'));
  const cost = (query: string) => {
    const document = parse(query);
    expect(validate(supergraph, document).map((e) => e.message)).toEqual([]);
    return analyzeOperation(supergraph, document, document.definitions[0] as OperationDefinitionNode).cost;
  };

  it('a page of 100 of a city’s streets, with their parents, fits well within it', () => {
    expect(cost(`{ region(code: "441300") { code name parent { name } children(level: STREET, first: 100) {
      totalCount pageInfo { endCursor } edges { node { code name parent { name } } } } } }`)).toBeLessThan(500);
  });

  it('two nested levels of 100 do not: read one level at a time, or ask for a level', () => {
    expect(cost(`{ region(code: "441300") { children(first: 100) { edges { node { code children(first: 100) { edges { node { code } } } } } } } }`)).toBeGreaterThan(5000);
  });
});
