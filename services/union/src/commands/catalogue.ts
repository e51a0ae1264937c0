import { badUserInput, canManage, conflict, forbidden, isAdmin, isUniqueViolation, newId, requireManager, type Database, type Principal } from '@nef/kit';
import { requireDistrictCode, requireName, requirePlatformCode, type BranchLevel } from '../domain/validation';
import { PlatformEntity, UnionBranchEntity, type PlatformRow, type UnionBranchRow } from '../entities';

/** Admins add a partner platform; its code is what API keys and platform accounts name. */
export async function createPlatform(db: Database, p: Principal, code: string, name: string): Promise<PlatformRow> {
  if (!isAdmin(p)) throw forbidden('only admins may add platforms');
  const row: PlatformRow = { code: requirePlatformCode(code), name: requireName('name', name, 50), createdAt: new Date() };
  const exists = () => conflict(`platform ${row.code} already exists`);
  try {
    return await db.transaction(async (em) => {
      if (await em.findOne(PlatformEntity, { where: { code: row.code } })) throw exists();
      await em.insert(PlatformEntity, row);
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw exists();
    throw err;
  }
}

export interface UnionBranchInput {
  name: string;
  level: BranchLevel;
  districtCode?: string | null;
}

/**
 * Admins and union operators add branches; a district-limited operator only in its districts.
 * Every level below CITY belongs to a district; a CITY branch to none.
 */
export async function createUnionBranch(db: Database, p: Principal, input: UnionBranchInput): Promise<UnionBranchRow> {
  if (!canManage(p, 'union')) throw forbidden('only admins and union operators may add union branches');
  const districtCode = input.districtCode == null ? null : requireDistrictCode(input.districtCode);
  if (input.level === 'CITY' && districtCode != null) {
    throw badUserInput('a CITY branch covers the whole city; leave districtCode out', { field: 'districtCode' });
  }
  if (input.level !== 'CITY' && districtCode == null) {
    throw badUserInput(`a ${input.level} branch needs a districtCode`, { field: 'districtCode' });
  }
  requireManager(p, 'union', districtCode);
  if (districtCode == null && p.role === 'operator' && p.districts?.length) {
    throw forbidden('operators limited to districts may add branches only in those districts');
  }
  const row: UnionBranchRow = { id: newId(), name: requireName('name', input.name, 50), level: input.level, districtCode };
  await db.transaction((em) => em.insert(UnionBranchEntity, row));
  return row;
}
