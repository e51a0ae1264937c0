import type { Database } from '@nef/kit';
import { In } from 'typeorm';
import { RegionEntity, type RegionLevelValue, type RegionRow } from '../entities';
import { NATION_CODE } from '@nef/kit';
import { NATION_ROW, ancestorColumn } from '../rules/regions';

/** Regions by code, in any order, the nation (100000) included; codes not in the table are left out. */
export async function regionsByCode(db: Database, codes: readonly string[]): Promise<RegionRow[]> {
  const stored = codes.filter((c) => c !== NATION_CODE);
  const rows = stored.length ? await db.manager.findBy(RegionEntity, { code: In(stored) }) : [];
  return codes.includes(NATION_CODE) ? [NATION_ROW, ...rows] : rows;
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
  if (scope.level === 'NATION') return { rows: first > 0 && after === undefined ? [NATION_ROW] : [], total: 1 };
  const q = () => {
    const qb = db.manager.createQueryBuilder(RegionEntity, 'r');
    // Below the nation: the provinces, or every region at a level.
    const parent = scope.parent?.level === 'NATION' ? null : scope.parent;
    const { level } = scope;
    if (parent && !level) qb.andWhere('r.parentCode = :parent', { parent: parent.code });
    if (level) qb.andWhere('r.level = :level', { level });
    if (parent && level && parent.level !== 'STREET' && parent.level !== 'NATION') qb.andWhere(`r.${ancestorColumn(parent.level)} = :parent`, { parent: parent.code });
    if (!parent && !level) qb.andWhere('r.level = :level', { level: 'PROVINCE' });
    return qb;
  };
  const page = q().orderBy('r.code', 'ASC').take(first + 1);
  if (after !== undefined) page.andWhere('r.code > :after', { after });
  const [rows, total] = await Promise.all([first === 0 ? Promise.resolve([]) : page.getMany(), q().getCount()]);
  return { rows, total };
}
