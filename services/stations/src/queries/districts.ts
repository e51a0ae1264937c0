import type { Database } from '@nef/kit';
import { In } from 'typeorm';
import { DistrictEntity, type DistrictRow } from '../entities';

/** Districts by code, in any order; codes not in the catalogue are left out. */
export function districtsByCode(db: Database, codes: readonly string[]): Promise<DistrictRow[]> {
  return db.manager.findBy(DistrictEntity, { code: In([...codes]) });
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
