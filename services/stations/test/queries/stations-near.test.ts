import { convert, nameId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { chaoyangOperator } from '../support';

const NEAR = `query($near: GeoPointInput!, $r: Int, $filter: StationFilter, $first: Int) {
  stationsNear(near: $near, radiusMeters: $r, filter: $filter, first: $first) { distanceMeters station { id name amenities open24h } } }`;

const SET_STATUS = `mutation($id: ID!, $status: StationStatus!) { updateStation(id: $id, input: { status: $status }) { status } }`;

describe('Query.stationsNear', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());

  describe('stationsNear', () => {
    const sanlitun = { lat: 39.9334, lng: 116.4545 };

    it('returns stations within the radius, nearest first, with distances in metres', async () => {
      const near = dataOf(await sg.query(NEAR, { near: sanlitun, r: 3000 })).stationsNear;
      expect(near[0]).toMatchObject({ distanceMeters: 0, station: { name: '三里屯暖心驿站' } });
      const distances = near.map((n: any) => n.distanceMeters);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(distances.every((d: number) => d <= 3000)).toBe(true);
      expect(near.map((n: any) => n.station.name)).toContain('国贸党群服务中心'); // about 2.8 km away
      expect(near.map((n: any) => n.station.name)).not.toContain('中关村暖心驿站');
    });

    it('combines filters: a microwave within 5 km, open all night', async () => {
      const near = dataOf(await sg.query(NEAR, { near: sanlitun, r: 5000, filter: { amenities: ['MICROWAVE'], open24h: true } })).stationsNear;
      expect(near.map((n: any) => n.station.name)).toEqual(['三里屯暖心驿站']);
    });

    it('takes BD-09 input and finds the same place', async () => {
      const bd = convert(sanlitun, 'GCJ02', 'BD09');
      const near = dataOf(await sg.query(NEAR, { near: { ...bd, crs: 'BD09' }, r: 100 })).stationsNear;
      expect(near.map((n: any) => n.station.name)).toEqual(['三里屯暖心驿站']);
    });

    it('refuses a radius above the maximum and coordinates off the globe', async () => {
      expect(errorCodes(await sg.query(NEAR, { near: sanlitun, r: 20001 }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await sg.query(NEAR, { near: sanlitun, r: 0 }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await sg.query(NEAR, { near: { lat: -91, lng: 116 } }))).toEqual(['BAD_USER_INPUT']);
    });

    it('leaves out suspended and closed stations unless asked for them', async () => {
      const id = nameId('demo:station:cy-sanlitun');
      const setStatus = async (status: string) =>
        expect(dataOf(await sg.query(SET_STATUS, { id, status }, chaoyangOperator)).updateStation.status).toBe(status);
      await setStatus('SUSPENDED');
      try {
        expect(dataOf(await sg.query(NEAR, { near: sanlitun, r: 50 })).stationsNear).toEqual([]);
        expect(dataOf(await sg.query(NEAR, { near: sanlitun, r: 50, filter: { status: 'SUSPENDED' } })).stationsNear).toHaveLength(1);
      } finally {
        await setStatus('ACTIVE');
      }
    });
  });
});
