import type { EntityManager } from 'typeorm';
import { DistrictEntity } from '../entities';
import { catalogueDistrict } from '../rules/regions';

/**
 * Gives every county a station is written in a row of the districts table, taken from the
 * national catalogue when there is none yet (say the first station in 惠城区), so the district
 * is listed by `districts` from then on. Codes are checked by the caller. INSERT ... IGNORE on
 * both engines: two transactions adding the same district's first stations both succeed.
 */
export async function ensureDistrictRows(em: EntityManager, codes: Iterable<string>): Promise<void> {
  const wanted = [...new Set(codes)];
  if (!wanted.length) return;
  const have = new Set((await em.find(DistrictEntity, { select: { code: true } })).map((d) => d.code));
  for (const code of wanted) {
    if (have.has(code)) continue;
    const row = catalogueDistrict(code);
    if (row) await em.createQueryBuilder().insert().into(DistrictEntity).values(row).orIgnore().execute();
  }
}
