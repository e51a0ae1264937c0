import { DAY_MS, manualClock } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { chaoyangOperator, stationId } from '../support';

/** The Open Referral (HSDS 3.0) export: one compiled service per station, beside the GeoJSON. */
describe('GET /stations.hsds.json', () => {
  let sg: TestSubgraph;
  let base: string;
  const clock = manualClock(new Date());
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true, clock });
    base = sg.url.replace(/\/graphql$/, '');
    dataOf(
      await sg.query(`mutation($id: ID!, $input: UpdateStationInput!) { updateStation(id: $id, input: $input) { id } }`, {
        id: stationId('cy-aoti'),
        input: { openingExceptions: [{ validFrom: '2027-02-16', validTo: '2027-02-17', closed: true, note: '春节休息' }] },
      }, chaoyangOperator),
    );
  });
  afterAll(() => sg.stop());
  const get = async (query = '') => {
    const res = await fetch(`${base}/stations.hsds.json${query}`);
    return { res, body: res.status === 200 ? await res.json() : await res.json() };
  };

  it('answers a page of every ACTIVE station as an HSDS service, with the same places as the GeoJSON', async () => {
    const { res, body } = await get();
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const geo = await (await fetch(`${base}/stations.geojson`)).json();
    expect(body).toMatchObject({ hsds_version: '3.0', total_items: geo.features.length, page_number: 1, last_page: true, empty: false });
    expect(res.headers.get('x-feature-count')).toBe(String(geo.features.length));
    expect(body.contents.map((s: any) => s.id)).toEqual(geo.features.map((f: any) => f.id));
    for (const s of body.contents) {
      const f = geo.features.find((x: any) => x.id === s.id);
      expect(s).toMatchObject({ name: f.properties.name, status: 'active', organization: { name: f.properties.operator } });
      const [sal] = s.service_at_locations;
      expect(sal.location).toMatchObject({ id: s.id, location_type: 'physical', longitude: f.geometry.coordinates[0], latitude: f.geometry.coordinates[1] });
      expect(sal.location.addresses[0]).toMatchObject({ address_1: f.properties.address, country: 'CN', address_type: 'physical' });
      expect(s.attributes.filter((a: any) => a.taxonomy_term.taxonomy === 'nef-amenity').map((a: any) => a.value)).toEqual(f.properties.amenities);
      expect(s.cost_options.map((c: any) => c.id)).toEqual(f.properties.offers.map((o: any) => o.id));
    }
  });

  it('maps weekly hours, exceptions and offers onto schedules and cost options', async () => {
    const { body } = await get('?district=110105&kind=FRIENDLY_MERCHANT');
    const aoti = body.contents.find((s: any) => s.id === stationId('cy-aoti'));
    const closed = aoti.schedules.find((x: any) => x.valid_from === '2027-02-16');
    expect(closed).toMatchObject({ valid_to: '2027-02-17', opens_at: null, closes_at: null, notes: '春节休息', freq: null });
    const weekly = aoti.schedules.filter((x: any) => x.freq === 'WEEKLY');
    expect(weekly.length).toBeGreaterThan(0);
    for (const w of weekly) expect(w.byday).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
    const meal = aoti.cost_options.find((c: any) => c.option === '骑手套餐（一荤两素+米饭）');
    expect(meal).toMatchObject({ currency: 'CNY', amount: 13.99, valid_to: null });
    // The demo's dumplings are announced for next week: a SCHEDULED offer is listed with its start.
    const dumplings = aoti.cost_options.find((c: any) => c.option === '冬至饺子套餐');
    expect(dumplings.valid_from > new Date(clock().getTime() + 6 * DAY_MS).toISOString().slice(0, 10)).toBe(true);
    expect(aoti.cost_options.map((c: any) => c.option)).not.toContain('开业特惠饮品');
  });

  it('takes the GeoJSON export’s filters and refuses unknown ones', async () => {
    const { body } = await get('?status=SUSPENDED');
    expect(body).toMatchObject({ total_items: 0, empty: true, contents: [] });
    const bad = await get('?format=xml');
    expect(bad.res.status).toBe(400);
  });
});
