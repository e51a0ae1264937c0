import { DAY_MS, manualClock } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { MerchantOfferEntity, StationEntity } from '../../src/entities';
import { service } from '../../src/server';
import { admin, chaoyangOperator, daily, stationId, stationInput } from '../support';

const IMPORT = `mutation($format: StationFileFormat!, $content: String!, $dryRun: Boolean) {
  importStations(format: $format, content: $content, dryRun: $dryRun) { written created updated unchanged offersCreated offersUpdated offersUnchanged problems { where reason } } }`;
const EVERY_FIELD = `query($first: Int!) { stations(first: $first) { edges { node {
  id name kind status address district { code } subdistrict location(crs: WGS84) { lat lng } amenities open24h
  openingHours { weekday opens closes } openingExceptions { validFrom validTo closed opens closes note }
  capacity operator contactPhone
  offersConnection(first: 100, statuses: [CURRENT, SCHEDULED]) { edges { node { id title priceCents originalPriceCents startsAt validUntil status } } }
} } } }`;

/** The export is the file the import reads: exported, imported into an empty database and exported again, nothing is lost. */
describe('a GeoJSON round trip', () => {
  let source: TestSubgraph;
  let target: TestSubgraph;
  const clock = manualClock(new Date());
  const iso = (ms: number) => new Date(clock().getTime() + ms).toISOString();
  beforeAll(async () => {
    source = await startTestSubgraph(service, { seedDemo: true, clock });
    target = await startTestSubgraph(service, { clock });
    // A station with every optional field, dated exceptions with notes, and offers of each public kind.
    const s = dataOf(
      await source.query(`mutation($input: CreateStationInput!) { createStation(input: $input) { id } }`, {
        input: stationInput({
          name: '建外暖心驿站', districtCode: '110105', subdistrict: '建外街道', capacity: 24, contactPhone: '010-65051234',
          location: { lat: 39.9087123, lng: 116.4605456, crs: 'WGS84' },
          openingHours: [...daily('08:00', '20:00').slice(0, 5), { weekday: 6, opens: '18:00', closes: '02:00' }],
          openingExceptions: [
            { validFrom: '2027-02-16', validTo: '2027-02-17', closed: true, note: '春节休息' },
            { validFrom: '2026-12-31', validTo: '2026-12-31', closed: false, opens: '10:00', closes: '16:00' },
          ],
        }),
      }, chaoyangOperator),
    ).createStation;
    const add = async (input: Record<string, unknown>) =>
      dataOf(await source.query(`mutation($id: ID!, $input: MerchantOfferInput!) { addMerchantOffer(stationId: $id, input: $input) { id } }`, { id: s.id, input }, chaoyangOperator));
    await add({ title: '热汤', priceCents: 500, originalPriceCents: 900 });
    await add({ title: '腊八粥', priceCents: 300, originalPriceCents: 600, startsAt: iso(3 * DAY_MS), validUntil: iso(10 * DAY_MS) });
    await add({ title: '冬季套餐', priceCents: 1399, originalPriceCents: 2400, validUntil: iso(30 * DAY_MS) });
    dataOf(await source.query(`mutation($id: ID!) { updateStation(id: $id, input: { status: SUSPENDED }) { id } }`, { id: stationId('cy-guomao') }, admin));
  });
  afterAll(async () => {
    await source.stop();
    await target.stop();
  });
  const exportOf = async (sg: TestSubgraph, status: string) => (await fetch(`${sg.url.replace(/\/graphql$/, '')}/stations.geojson?status=${status}`)).text();
  const everything = async (sg: TestSubgraph) =>
    dataOf(await sg.query(EVERY_FIELD, { first: 100 }, admin)).stations.edges.map((e: any) => ({
      ...e.node,
      location: { lat: Math.round(e.node.location.lat * 1e7) / 1e7, lng: Math.round(e.node.location.lng * 1e7) / 1e7 },
    }));

  it('gives every station, exception and public offer back, field for field', async () => {
    const files = { ACTIVE: await exportOf(source, 'ACTIVE'), SUSPENDED: await exportOf(source, 'SUSPENDED') };
    const features = JSON.parse(files.ACTIVE).features;
    const jianwai = features.find((f: any) => f.properties.name === '建外暖心驿站');
    expect(jianwai.properties.openingExceptions).toContainEqual({ validFrom: '2027-02-16', validTo: '2027-02-17', closed: true, opens: null, closes: null, note: '春节休息' });
    expect(jianwai.properties.offers.map((o: any) => o.title)).toEqual(['腊八粥', '热汤', '冬季套餐']);
    expect(JSON.parse(files.SUSPENDED).features).toHaveLength(1);

    for (const content of Object.values(files)) {
      const r = dataOf(await target.query(IMPORT, { format: 'GEOJSON', content }, admin)).importStations;
      expect(r.problems).toEqual([]);
      expect(r).toMatchObject({ written: true, updated: 0, unchanged: 0 });
    }
    expect(await exportOf(target, 'ACTIVE')).toBe(files.ACTIVE);
    expect(await exportOf(target, 'SUSPENDED')).toBe(files.SUSPENDED);
    const before = await everything(source);
    expect(before.length).toBe(22); // the 21 demo stations and the one added above
    expect(await everything(target)).toEqual(before);
  });

  it('changes nothing when the same file is imported again', async () => {
    const content = await exportOf(source, 'ACTIVE');
    const rows = async () => ({
      stations: await target.db.manager.find(StationEntity, { order: { id: 'ASC' } }),
      offers: await target.db.manager.find(MerchantOfferEntity, { order: { id: 'ASC' } }),
    });
    const stored = await rows();
    clock.advance(60_000);
    const r = dataOf(await target.query(IMPORT, { format: 'GEOJSON', content }, admin)).importStations;
    const features = JSON.parse(content).features;
    expect(r).toMatchObject({
      written: true, created: 0, updated: 0, unchanged: features.length,
      offersCreated: 0, offersUpdated: 0, offersUnchanged: features.reduce((n: number, f: any) => n + f.properties.offers.length, 0),
    });
    expect(await rows()).toEqual(stored);
  });
});
