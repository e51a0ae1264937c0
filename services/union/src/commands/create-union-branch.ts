import { canManage, forbidden, newId, type Database, type Principal } from '@nef/kit';
import { UnionBranchEntity, type UnionBranchRow } from '../entities';
import { requireBranchManager } from '../rules/branch-manager';
import { branchDistrict, branchName, type UnionBranchInput } from '../rules/union-branch';

/**
 * Admins and union operators add branches; a region-limited operator only in a county inside its regions.
 * Every level below CITY belongs to a district; a CITY branch to none.
 */
export async function createUnionBranch(db: Database, p: Principal, input: UnionBranchInput): Promise<UnionBranchRow> {
  if (!canManage(p, 'union')) throw forbidden('only admins and union operators may add union branches');
  const districtCode = branchDistrict(input.level, input.districtCode);
  requireBranchManager(p, districtCode, 'add');
  const row: UnionBranchRow = { id: newId(), name: branchName(input.name), level: input.level, districtCode };
  await db.transaction((em) => em.insert(UnionBranchEntity, row));
  return row;
}
