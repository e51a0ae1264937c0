import { csvCandidates, parseOpeningExceptions, parseOpeningHours, prepareImport } from '../../src/rules/station-import';

describe('reading station files', () => {
  it('reads weekly hours and exceptions written compactly', () => {
    expect(parseOpeningHours('1-5 09:00-21:00; Sa,Su 10:00-02:00')).toEqual([
      ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '21:00' })),
      { weekday: 6, opens: '10:00', closes: '02:00' },
      { weekday: 7, opens: '10:00', closes: '02:00' },
    ]);
    expect(parseOpeningExceptions('2027-02-16..2027-02-17 closed; 2026-12-31 10:00-16:00')).toEqual([
      { validFrom: '2027-02-16', validTo: '2027-02-17', closed: true, opens: null, closes: null },
      { validFrom: '2026-12-31', validTo: '2026-12-31', closed: false, opens: '10:00', closes: '16:00' },
    ]);
  });

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
    const fresh = prepareImport(csvCandidates(csv, 'GCJ02'), new Set(['110105']), new Set(), now);
    expect(fresh.rows.map((r) => r.row.name)).toEqual(['甲站', '🚲站']);
    expect(fresh.rows[0]!.row).toMatchObject({ id, status: 'ACTIVE', createdAt: now });
    expect(fresh.problems).toEqual([
      { where: 'line 3', reason: `id ${id} appears twice in the file` },
      { where: 'line 4', reason: 'district_code 999999 is not in the district catalogue' },
    ]);
    const again = prepareImport(csvCandidates(csv, 'GCJ02'), new Set(['110105']), new Set([id]), now);
    expect(again.existing).toEqual(['line 2']);
  });
});
