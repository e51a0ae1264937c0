import { badUserInput, decodeCursor, isId, pageSize, requireDistrictCode, toConnection, type Connection, type Database } from '@nef/kit';
import { PlatformEntity, UnionBranchEntity, type PlatformRow, type UnionBranchRow } from '../entities';
import { BRANCH_LEVELS, unionBranchOrderSql, type BranchLevel } from '../rules/union-branch';
import { keysetPage } from './pages';

/** Partner platforms in code order, at most `first` (0 to 100, default 100). */
export async function listPlatforms(db: Database, first: number | null | undefined): Promise<PlatformRow[]> {
  const n = pageSize(first, 100);
  if (n === 0) return [];
  return db.manager.find(PlatformEntity, { order: { code: 'ASC' }, take: n });
}

/**
 * Branches in a district (or all), optionally of one level, in the listing order of
 * rules/union-branch. Sorted in SQL so `first` cuts the same list on both engines.
 */
export async function listUnionBranches(
  db: Database,
  args: { district?: string | null; level?: string | null; first?: number | null },
): Promise<UnionBranchRow[]> {
  const first = pageSize(args.first, 100);
  const qb = db.manager.createQueryBuilder(UnionBranchEntity, 'b');
  if (args.district != null) qb.andWhere('b.district_code = :district', { district: requireDistrictCode('district', args.district) });
  if (args.level != null) qb.andWhere('b.level = :level', { level: args.level });
  if (first === 0) return [];
  const [head, ...rest] = unionBranchOrderSql('b');
  qb.orderBy(head!, 'ASC');
  for (const column of rest) qb.addOrderBy(column, 'ASC');
  return qb.limit(first).getMany();
}

/** Partner platforms page by page, in code order. */
export function pagePlatforms(db: Database, args: { first?: number | null; after?: string | null }): Promise<Connection<PlatformRow>> {
  const qb = db.manager.createQueryBuilder(PlatformEntity, 'p');
  return keysetPage(qb, { table: 'platforms', alias: 'p', column: null, key: 'code', direction: 'ASC', uuidKeys: false }, args, (p) => p.code);
}

/**
 * `listUnionBranches` page by page, in the same order (level, district, name, id). The cursor
 * names the last branch; the next page starts after where that branch stands in the order.
 */
export async function pageUnionBranches(
  db: Database,
  args: { district?: string | null; level?: string | null; first?: number | null; after?: string | null },
): Promise<Connection<UnionBranchRow>> {
  const first = pageSize(args.first, 20);
  const after = decodeCursor(args.after);
  if (after !== undefined && !isId(after)) throw badUserInput('after is not a cursor this API returned', { field: 'after' });
  const qb = db.manager.createQueryBuilder(UnionBranchEntity, 'b');
  if (args.district != null) qb.andWhere('b.district_code = :district', { district: requireDistrictCode('district', args.district) });
  if (args.level != null) qb.andWhere('b.level = :level', { level: args.level });
  const [rank, ...rest] = unionBranchOrderSql('b');
  const page = qb.clone().orderBy(rank!, 'ASC').limit(first + 1);
  for (const column of rest) page.addOrderBy(column, 'ASC');
  if (after !== undefined) {
    const cursor = await db.manager.findOne(UnionBranchEntity, { where: { id: after } });
    if (!cursor) throw badUserInput('after is not a cursor this API returned', { field: 'after' });
    // A CITY branch has no district and sorts first among its level, as NULL does on both engines.
    const d = "COALESCE(b.district_code, '')";
    page.andWhere(
      `(${rank} > :r OR (${rank} = :r AND (${d} > :d OR (${d} = :d AND (b.name > :n OR (b.name = :n AND b.id > :i))))))`,
      { r: BRANCH_LEVELS.indexOf(cursor.level as BranchLevel), d: cursor.districtCode ?? '', n: cursor.name, i: cursor.id },
    );
  }
  const [rows, total] = await Promise.all([first === 0 ? Promise.resolve([]) : page.getMany(), qb.getCount()]);
  return toConnection(rows, first, (b) => b.id, total);
}
