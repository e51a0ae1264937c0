import { pageSize, requireDistrictCode, type Database } from '@nef/kit';
import { PlatformEntity, UnionBranchEntity, type PlatformRow, type UnionBranchRow } from '../entities';
import { unionBranchOrderSql } from '../rules/union-branch';

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
