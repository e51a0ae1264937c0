import { derivedStationId, naturalKey, planImport, stationIdFor, type Existing } from '../../src/rules/import-plan';
import { csvCandidates } from '../../src/rules/station-import';

const nothingStored = (): Existing => ({ stations: new Map(), byKey: new Map(), offers: new Map() });

describe('planning an import (upserts)', () => {
  it('checks rows with createStation’s rules, the catalogue and the ids taken, writing nothing', () => {
    const id = '0190f3a2-0000-7000-8000-000000000002';
    const csv = [
      'id,name,kind,address,district_code,lat,lng,open_24h,operator',
      `${id},甲站,WARM_STATION,地址1,110105,39.9,116.4,true,运营方`,
      `${id},乙站,WARM_STATION,地址2,110105,39.9,116.4,true,运营方`,
      ',丙站,WARM_STATION,地址3,999999,39.9,116.4,true,运营方',
      ',🚲站,WARM_STATION,地址4,110105,39.9,116.4,true,运营方',
    ].join('\n');
    const now = new Date('2026-11-23T12:00:00+08:00');
    const fresh = planImport(csvCandidates(csv, 'GCJ02'), nothingStored(), now);
    expect(fresh.writes.map((w) => w.row.name)).toEqual(['甲站', '🚲站']);
    expect(fresh.writes[0]!.row).toMatchObject({ id, status: 'ACTIVE', createdAt: now });
    expect(fresh.writes.map((w) => w.mode)).toEqual(['create', 'create']);
    // A row without an id gets an id derived from its district, name and address.
    expect(fresh.writes[1]!.row.id).toBe(derivedStationId(naturalKey('110105', '🚲站', '地址4')));
    expect(fresh.problems).toEqual([
      { where: 'line 3', reason: `this row is the same station as line 2 (same id)` },
      { where: 'line 4', reason: 'districtCode must be a code of the national administrative catalogue (GB/T 2260: 6 digits, 9 for a street), got "999999"' },
    ]);
    const stored: Existing = nothingStored();
    for (const w of fresh.writes) stored.stations.set(w.row.id, { row: w.row, amenities: w.amenities });
    stored.byKey.set(naturalKey('110105', '🚲站', '地址4'), [fresh.writes[1]!.row.id]);
    const again = planImport(csvCandidates(csv, 'GCJ02'), stored, new Date(now.getTime() + 1000));
    expect(again.writes.map((w) => w.mode)).toEqual(['unchanged', 'unchanged']);
    const outside = planImport(csvCandidates(csv, 'GCJ02'), nothingStored(), now, (d) => d !== '110105');
    expect(outside.writes).toEqual([]);
    expect(outside.problems.filter((p) => /not among the districts your key manages/.test(p.reason)).map((p) => p.where)).toEqual(['line 2', 'line 3', 'line 5']);
  });

  it('maps another system’s keys to stable ids and refuses ids that are neither', () => {
    expect(stationIdFor('BJ-CY-0001')).toBe(stationIdFor('BJ-CY-0001'));
    expect(stationIdFor('BJ-CY-0001')).not.toBe(stationIdFor('BJ-CY-0002'));
    expect(stationIdFor('0190F3A2-0000-7000-8000-000000000002')).toBe('0190f3a2-0000-7000-8000-000000000002');
    for (const bad of ['', ' 空 格 ', '-lead', 'x'.repeat(65)]) expect(() => stationIdFor(bad)).toThrow(/id must be a UUID or a key/);
  });
});
