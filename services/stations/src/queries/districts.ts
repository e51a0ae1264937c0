import type { Database } from '@nef/kit';
import { In } from 'typeorm';
import { DistrictEntity, type DistrictRow } from '../entities';
import { catalogueDistrict } from '../rules/regions';

/**
 * Districts by code, in any order: the stored rows, and for a county of the national catalogue
 * without one (a course in 惠城区 before any station there) the catalogue's (`catalogueDistrict`).
 * Codes that are not counties of the catalogue are left out.
 */
export async function districtsByCode(db: Database, codes: readonly string[]): Promise<DistrictRow[]> {
  const rows = await db.manager.findBy(DistrictEntity, { code: In([...codes]) });
  const found = new Set(rows.map((r) => r.code));
  for (const code of new Set(codes)) {
    if (found.has(code)) continue;
    const fromCatalogue = catalogueDistrict(code);
    if (fromCatalogue) rows.push(fromCatalogue);
  }
  return rows;
}

/** The catalogue in code order, optionally of one city, at most `first`. */
export async function listDistricts(db: Database, city: string | null | undefined, first: number): Promise<DistrictRow[]> {
  if (first === 0) return [];
  return db.manager.find(DistrictEntity, { where: city ? { city } : {}, order: { code: 'ASC' }, take: first });
}

/** A page of the catalogue in code order after `after` (`first + 1` rows: the last says more follow), and the total. */
export async function districtPage(db: Database, city: string | null | undefined, first: number, after: string | undefined) {
  const q = () => {
    const qb = db.manager.createQueryBuilder(DistrictEntity, 'd');
    if (city) qb.andWhere('d.city = :city', { city });
    return qb;
  };
  const page = q().orderBy('d.code', 'ASC').take(first + 1);
  if (after !== undefined) page.andWhere('d.code > :after', { after });
  const [rows, total] = await Promise.all([page.getMany(), q().getCount()]);
  return { rows, total };
}
