import type { Database } from '@nef/kit';
import { In } from 'typeorm';
import { RegionEntity, type RegionLevelValue, type RegionRow } from '../entities';
import { ancestorColumn } from '../rules/regions';

/** Regions by code, in any order; codes not in the table are left out. */
export function regionsByCode(db: Database, codes: readonly string[]): Promise<RegionRow[]> {
  return db.manager.findBy(RegionEntity, { code: In([...codes]) });
}

/**
 * Which regions a list holds: below `parent` (its direct children, or with `level` every
 * region at that level inside it), or without a parent every region at `level`.
 */
export interface RegionScope {
  parent: RegionRow | null;
  level: RegionLevelValue | null;
}

/** A page of regions in code order after `after` (`first + 1` rows: the last says more follow), and the total. */
export async function regionPage(db: Database, scope: RegionScope, first: number, after: string | undefined) {
  const q = () => {
    const qb = db.manager.createQueryBuilder(RegionEntity, 'r');
    const { parent, level } = scope;
    if (parent && !level) qb.andWhere('r.parentCode = :parent', { parent: parent.code });
    if (level) qb.andWhere('r.level = :level', { level });
    if (parent && level && parent.level !== 'STREET') qb.andWhere(`r.${ancestorColumn(parent.level)} = :parent`, { parent: parent.code });
    if (!parent && !level) qb.andWhere('r.level = :level', { level: 'PROVINCE' });
    return qb;
  };
  const page = q().orderBy('r.code', 'ASC').take(first + 1);
  if (after !== undefined) page.andWhere('r.code > :after', { after });
  const [rows, total] = await Promise.all([first === 0 ? Promise.resolve([]) : page.getMany(), q().getCount()]);
  return { rows, total };
}
