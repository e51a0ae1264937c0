import { allRegions, bulkInsert, bumpDataVersions, type Database, type Region } from '@nef/kit';
import { In } from 'typeorm';
import { DistrictEntity, DistrictVisitDayEntity, RegionEntity, StationEntity, type RegionLevelValue, type RegionRow } from '../entities';
import { regionRow, sameRegionRow } from '../rules/regions';

export interface RegionRefreshReport {
  /** Codes new to the table. */
  inserted: number;
  /** Codes whose name, level or place in the tree changed. */
  updated: number;
  unchanged: number;
  /** Codes no longer in the catalogue and used by nothing here: deleted. */
  removed: string[];
  /** Codes no longer in the catalogue but still used by a station or a district: kept, and listed. */
  keptInUse: string[];
  /** Rows per level after the refresh. */
  counts: Record<RegionLevelValue, number>;
}

/**
 * Brings the regions table to the catalogue (by default the kit's, from the installed data
 * package): inserts new codes, updates changed ones, leaves the same ones alone, so running it
 * twice changes nothing the second time. A code gone from the catalogue is deleted only when no
 * station, district or district visit count of this service names it; otherwise it is kept
 * and reported. One transaction; every row is read locked first, so two refreshes take turns.
 */
export async function refreshRegions(db: Database, catalogue: readonly Region[] = allRegions()): Promise<RegionRefreshReport> {
  const wanted = new Map(catalogue.map((r) => [r.code, regionRow(r)] as const));
  const report = await db.transaction(async (em) => {
    const qb = em.createQueryBuilder(RegionEntity, 'r');
    if (db.lockMode) qb.setLock(db.lockMode);
    const existing = new Map((await qb.getMany()).map((r) => [r.code, r] as const));
    const inserts: RegionRow[] = [];
    const updates: RegionRow[] = [];
    let unchanged = 0;
    for (const row of wanted.values()) {
      const old = existing.get(row.code);
      if (!old) inserts.push(row);
      else if (sameRegionRow(old, row)) unchanged++;
      else updates.push(row);
    }
    const gone = [...existing.keys()].filter((code) => !wanted.has(code));
    const used = new Set<string>();
    for (let i = 0; i < gone.length; i += 500) {
      const part = gone.slice(i, i + 500);
      for (const s of await em.find(StationEntity, { select: { districtCode: true }, where: { districtCode: In(part) } })) used.add(s.districtCode);
      for (const d of await em.find(DistrictEntity, { select: { code: true }, where: { code: In(part) } })) used.add(d.code);
      for (const d of await em.find(DistrictVisitDayEntity, { select: { districtCode: true }, where: { districtCode: In(part) } })) used.add(d.districtCode);
    }
    const removed = gone.filter((code) => !used.has(code)).sort();
    await bulkInsert(em, RegionEntity, inserts);
    for (const row of updates) {
      const { code, ...fields } = row;
      await em.update(RegionEntity, { code }, fields);
    }
    for (let i = 0; i < removed.length; i += 500) await em.delete(RegionEntity, removed.slice(i, i + 500));
    return { inserted: inserts.length, updated: updates.length, unchanged, removed, keptInUse: gone.filter((c) => used.has(c)).sort() };
  });
  if (report.inserted || report.updated || report.removed.length) await bumpDataVersions(db, ['stations']);
  const counts: Record<RegionLevelValue, number> = { NATION: 0, PROVINCE: 0, CITY: 0, COUNTY: 0, STREET: 0 };
  const raw: { level: RegionLevelValue; n: string | number }[] = await db.manager
    .createQueryBuilder(RegionEntity, 'r')
    .select('r.level', 'level')
    .addSelect('COUNT(*)', 'n')
    .groupBy('r.level')
    .getRawMany();
  for (const r of raw) counts[r.level] = Number(r.n);
  return { ...report, counts };
}
