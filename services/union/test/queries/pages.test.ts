import fs from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { clientSchemaOf } from '../../../../gateway/src/cli/contract';
import { analyzeOperation } from '../../../../gateway/src/limits/analyze';
import { service } from '../../src/server';
import { admin, partner, unionOperator } from '../support';
import { caseHelpers } from '../support/cases';
import { consultationHelpers, FIELDS } from '../support/consultations';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

/** Follows endCursor to the end; the node ids page by page and the last totalCount. */
async function allPages(fetch: (after: string | null) => Promise<any>) {
  const pages: string[][] = [];
  let after: string | null = null;
  let total = -1;
  for (;;) {
    const conn: any = await fetch(after);
    pages.push(conn.edges.map((e: any) => e.node.id ?? e.node.code));
    total = conn.totalCount;
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
    if (pages.length > 100) throw new Error('too many pages');
  }
  return { pages, total };
}

describe('consultationsPage', () => {
  const { recorded } = consultationHelpers(() => sg);
  const PAGE = `query($platform: ID, $first: Int, $after: String) { consultationsPage(platform: $platform, first: $first, after: $after) {
    edges { cursor node { id heldAt platform { code } } } pageInfo { hasNextPage endCursor } totalCount } }`;
  beforeAll(async () => {
    // Twelve more, held on a few days only, so that many share a heldAt and the id decides.
    for (let i = 0; i < 12; i++) await recorded({ title: `恳谈会 ${i}`, heldAt: `2025-0${1 + (i % 3)}-15T10:00:00+08:00` });
  });

  it('walks every consultation once, most recently held first, and matches the old list', async () => {
    const { pages, total } = await allPages(async (after) => dataOf(await sg.query(PAGE, { first: 5, after }, admin)).consultationsPage);
    const all = dataOf(await sg.query(`{ consultations(first: 100) { id } }`, {}, admin)).consultations.map((c: any) => c.id);
    expect(pages.flat()).toEqual(all);
    expect(new Set(pages.flat()).size).toBe(total);
    expect(total).toBeGreaterThanOrEqual(13);
    expect(pages.slice(0, -1).every((p) => p.length === 5)).toBe(true);
  });

  it('shows a partner only its own platform’s and refuses another’s', async () => {
    const own = dataOf(await sg.query(PAGE, {}, partner('MEITUAN'))).consultationsPage;
    expect(own.edges.length).toBeGreaterThan(0);
    expect(own.edges.every((e: any) => e.node.platform.code === 'MEITUAN')).toBe(true);
    expect(own.totalCount).toBe(own.edges.length);
    expect(errorCodes(await sg.query(PAGE, { platform: 'MEITUAN' }, partner('ELEME')))).toEqual(['FORBIDDEN']);
  });

  it('refuses a cursor it did not make', async () => {
    expect(errorCodes(await sg.query(PAGE, { after: 'xyz' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(PAGE, { after: Buffer.from("c1:' OR 1=1").toString('base64url') }, admin))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('assistanceCasesPage', () => {
  const { newMeituanWorker, opened } = caseHelpers(() => sg);
  const PAGE = `query($status: CaseStatus, $after: String) { assistanceCasesPage(status: $status, first: 4, after: $after) {
    edges { node { id worker { id } } } pageInfo { hasNextPage endCursor } totalCount } }`;

  it('pages every case for union staff and only the acting worker’s for a partner', async () => {
    const w = await newMeituanWorker();
    const mine: string[] = [];
    for (let i = 0; i < 6; i++) mine.unshift((await opened(w)).id);
    const staff = await allPages(async (after) => dataOf(await sg.query(PAGE, { after }, unionOperator)).assistanceCasesPage);
    const old = dataOf(await sg.query(`{ assistanceCases(first: 100) { id } }`, {}, unionOperator)).assistanceCases.map((c: any) => c.id);
    expect(staff.pages.flat()).toEqual(old);
    const own = await allPages(async (after) => dataOf(await sg.query(PAGE, { after }, partner('MEITUAN', w))).assistanceCasesPage);
    expect(own.pages.flat()).toEqual(mine);
    expect(own.total).toBe(6);
    expect(errorCodes(await sg.query(PAGE, {}, partner('MEITUAN')))).toEqual(['FORBIDDEN']);
  });
});

describe('platformsPage and unionBranchesPage', () => {
  it('pages platforms in code order', async () => {
    for (const code of ['ZTO', 'YTO', 'BAIDU_RUN', 'CAOCAO']) {
      await sg.query(`mutation($code: ID!) { createPlatform(code: $code, name: "测试平台") { code } }`, { code }, admin);
    }
    const Q = `query($after: String) { platformsPage(first: 3, after: $after) { edges { node { code } } pageInfo { hasNextPage endCursor } totalCount } }`;
    const { pages, total } = await allPages(async (after) => dataOf(await sg.query(Q, { after })).platformsPage);
    const old = dataOf(await sg.query(`{ platforms { code } }`)).platforms.map((p: any) => p.code);
    expect(pages.flat()).toEqual(old);
    expect(total).toBe(old.length);
    expect(pages[0]).toHaveLength(3);
  });

  it('pages branches in the listing order: level, district, name', async () => {
    const add = (name: string, level: string, districtCode?: string) =>
      sg.query(`mutation($input: UnionBranchInput!) { createUnionBranch(input: $input) { id } }`, { input: { name, level, districtCode } }, admin);
    for (const [name, level, district] of [
      ['北京市总工会测试', 'CITY', undefined],
      ['东城区总工会测试', 'DISTRICT', '110101'],
      ['同名工会', 'ENTERPRISE', '110105'],
      ['同名工会', 'ENTERPRISE', '110105'],
      ['安贞街道工会', 'SUBDISTRICT', '110105'],
    ] as const) {
      await add(name, level, district);
    }
    const Q = `query($after: String, $district: ID) { unionBranchesPage(district: $district, first: 2, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } totalCount } }`;
    for (const district of [null, '110105']) {
      const { pages, total } = await allPages(async (after) => dataOf(await sg.query(Q, { after, district })).unionBranchesPage);
      const old = dataOf(await sg.query(`query($d: ID) { unionBranches(district: $d) { id } }`, { d: district })).unionBranches.map((b: any) => b.id);
      expect(pages.flat()).toEqual(old);
      expect(total).toBe(old.length);
    }
  });
});

describe('what the natural queries cost at the gateway (limit 5,000)', () => {
  const supergraph = clientSchemaOf(fs.readFileSync(path.join(__dirname, '../../../../gateway/supergraph.graphql'), 'utf8'));
  const cost = (query: string) => {
    const document = parse(query);
    return analyzeOperation(supergraph, document, document.definitions[0] as OperationDefinitionNode).cost;
  };

  it('consultations with their measures and histories, with the default page sizes', () => {
    // The old list: 20 consultations, each with platform, branch, progress and 20 measures of 10 history entries.
    expect(cost(`{ consultations { ${FIELDS} } }`)).toBe(20 + 3 * 20 + 20 * 20 + 20 * 20 * 10);
    expect(cost(`{ consultations { ${FIELDS} } }`)).toBeLessThanOrEqual(5000);
    // The page: one connection, 10 edges and nodes, the same per consultation.
    expect(cost(`{ consultationsPage { edges { node { ${FIELDS} } } pageInfo { endCursor } totalCount } }`)).toBe(
      1 + 1 + 10 + 10 + 3 * 10 + 10 * 20 + 10 * 20 * 10,
    );
    // Every measure (at most 50 are recorded) with its history fits in pages of 5 consultations.
    expect(cost(`{ consultationsPage(first: 5) { edges { node { id measures(first: 50) { id history { status } } } } } }`)).toBeLessThanOrEqual(5000);
  });

  it('the other union pages with their defaults', () => {
    expect(cost(`{ assistanceCasesPage { edges { node { id worker { name } history { status } } } } }`)).toBeLessThanOrEqual(5000);
    expect(cost(`{ unionBranchesPage { edges { node { id name } } } platformsPage { edges { node { code } } } }`)).toBeLessThanOrEqual(5000);
  });
});
