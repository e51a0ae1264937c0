import { distanceMeters } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin, stationId } from '../support';

describe('GET /stations.geojson for map platforms', () => {
  let sg: TestSubgraph;
  let base: string;
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
    base = sg.url.replace(/\/graphql$/, '');
  });
  afterAll(() => sg.stop());
  // No principal header: the route is public, like anonymous GraphQL reads.
  const get = async (query = '') => {
    const res = await fetch(`${base}/stations.geojson${query}`);
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as any };
  };

  it('is an RFC 7946 FeatureCollection of WGS-84 points in [longitude, latitude] order with public properties', async () => {
    const { status, type, body } = await get();
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/geo\+json/);
    expect(body.type).toBe('FeatureCollection');
    expect(body.crs).toBeUndefined();
    const total = dataOf(await sg.query(`{ stations(filter: { status: ACTIVE }) { totalCount } }`)).stations.totalCount;
    expect(body.features).toHaveLength(total);
    for (const f of body.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lng, lat] = f.geometry.coordinates;
      // Longitude first: the demo's stations lie east of 113° E and south of 41° N (Beijing, Huizhou, Nantong, Zhengzhou).
      expect(lng).toBeGreaterThan(113);
      expect(lat).toBeLessThan(41);
      expect(Object.keys(f.properties)).toEqual(
        expect.arrayContaining(['id', 'name', 'kind', 'status', 'address', 'district', 'amenities', 'open24h']),
      );
    }
    const wangjing = body.features.find((f: any) => f.properties.id === stationId('cy-wangjing'));
    const wgs = dataOf(await sg.query(`query($id: ID!) { station(id: $id) { location(crs: WGS84) { lat lng } amenities } }`, { id: stationId('cy-wangjing') })).station;
    expect(distanceMeters({ lng: wangjing.geometry.coordinates[0], lat: wangjing.geometry.coordinates[1] }, wgs.location)).toBeLessThan(0.05);
    expect(wangjing.properties).toMatchObject({ name: '望京骑手之家', kind: 'RIDER_HOME', status: 'ACTIVE', district: '110105', open24h: false });
    expect(wangjing.properties.amenities.sort()).toEqual([...wgs.amenities].sort());
  });

  it('filters by district, kind (any of) and amenity (all of)', async () => {
    const names = async (q: string) => (await get(q)).body.features.map((f: any) => f.properties.name).sort();
    const chaoyang = (await get('?district=110105')).body.features;
    expect(chaoyang.length).toBeGreaterThan(0);
    expect(chaoyang.every((f: any) => f.properties.district === '110105')).toBe(true);
    const homes = ['中原区骑手之家·建设路', '回龙观骑手之家', '望京骑手之家'];
    expect(await names('?kind=RIDER_HOME&amenity=EBIKE_CHARGING,MICROWAVE')).toEqual(homes);
    expect(await names('?kind=RIDER_HOME&amenity=EBIKE_CHARGING&amenity=MICROWAVE')).toEqual(homes);
    const homesOrDrivers = (await get('?kind=RIDER_HOME,DRIVER_HOME')).body.features;
    expect(new Set(homesOrDrivers.map((f: any) => f.properties.kind))).toEqual(new Set(['RIDER_HOME', 'DRIVER_HOME']));
  });

  it('lists ACTIVE stations only unless a status is asked for', async () => {
    const id = stationId('cy-sanlitun');
    dataOf(await sg.query(`mutation($id: ID!) { updateStation(id: $id, input: { status: SUSPENDED }) { id } }`, { id }, admin));
    try {
      expect((await get()).body.features.map((f: any) => f.properties.id)).not.toContain(id);
      expect((await get('?status=SUSPENDED')).body.features.map((f: any) => f.properties.id)).toEqual([id]);
    } finally {
      await sg.query(`mutation($id: ID!) { updateStation(id: $id, input: { status: ACTIVE }) { id } }`, { id }, admin);
    }
  });

  it('answers 400 with a reason for an unknown parameter or value, and an empty collection when nothing matches', async () => {
    for (const q of ['?kind=CAFE', '?amenity=SAUNA', '?district=chaoyang', '?distrcit=110105', '?status=ACTIVE,CLOSED']) {
      const r = await get(q);
      expect(r.status).toBe(400);
      expect(r.body.error).toEqual(expect.any(String));
    }
    expect((await get('?district=110119')).body).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
