/**
 * npm run stations:regions-refresh
 *
 * Brings the stations database's region table to the national catalogue of the installed data
 * package (see the kit's regions.ts): new codes inserted, changed ones updated, the rest left
 * alone, so a second run changes nothing. A code the catalogue no longer has is deleted unless
 * this service still uses it, in which case it is kept and listed. Prints what it did and the
 * rows per level.
 */
import { REGION_CATALOGUE_SOURCE } from '@nef/kit';
import { openCommandDatabase, runCli } from '@nef/kit/cli';
import { refreshRegions } from '../commands/refresh-regions';
import { service } from '../server';

runCli(async () => {
  const db = await openCommandDatabase(service);
  try {
    const r = await refreshRegions(db);
    const src = REGION_CATALOGUE_SOURCE;
    console.log(`catalogue: ${src.package} ${src.version} (codes as of ${src.asOf})`);
    console.log(`regions: ${r.inserted} new, ${r.updated} changed, ${r.unchanged} unchanged, ${r.removed.length} removed`);
    if (r.removed.length) console.log(`removed (no longer in the catalogue, unused here): ${r.removed.join(' ')}`);
    if (r.keptInUse.length) console.log(`kept although no longer in the catalogue, because stations or districts use them: ${r.keptInUse.join(' ')}`);
    console.log(`now: ${r.counts.PROVINCE} provinces, ${r.counts.CITY} cities, ${r.counts.COUNTY} counties, ${r.counts.STREET} streets`);
    return 0;
  } finally {
    await db.close();
  }
});
