import { distanceMeters, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin, anonymous, chaoyangOperator, haidianOperator, meituanForWang, stationId, unionOperator } from '../support';

const UPDATE = `mutation($id: ID!, $input: UpdateStationInput!) { updateStation(id: $id, input: $input) {
  id name status address subdistrict capacity operator contactPhone open24h amenities
  openingHours { weekday opens closes } openingExceptions { validFrom validTo closed opens closes note }
  location { lat lng } district { code } } }`;
const GET = `query($id: ID!) { station(id: $id) { name status capacity contactPhone amenities location { lat lng } isOpen(at: "2026-11-23T12:00:00+08:00") } }`;
const NEAR = `query($near: GeoPointInput!, $f: StationFilter) { stationsNear(near: $near, radiusMeters: 300, filter: $f) { station { id } } }`;

describe('updateStation', () => {
  let sg: TestSubgraph;
  const guomao = stationId('cy-guomao');
  const wangjing = stationId('cy-wangjing');
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());
  const update = (id: string, input: Record<string, unknown>, p: Principal = chaoyangOperator) => sg.query(UPDATE, { id, input }, p);

  it('changes only the fields given', async () => {
    const before = dataOf(await sg.query(GET, { id: guomao })).station;
    const s = dataOf(await update(guomao, { name: '国贸党群服务中心（新址）', capacity: 55, operator: '建外街道党工委' })).updateStation;
    expect(s).toMatchObject({ name: '国贸党群服务中心（新址）', capacity: 55, operator: '建外街道党工委', status: 'ACTIVE', district: { code: '110105' } });
    expect(s.amenities.sort()).toEqual([...before.amenities].sort());
    expect(distanceMeters(s.location, before.location)).toBeLessThan(0.01);
    expect(dataOf(await sg.query(GET, { id: guomao })).station).toMatchObject({ name: '国贸党群服务中心（新址）', capacity: 55 });
  });

  it('clears optional fields given as null and refuses null for required ones', async () => {
    const s = dataOf(await update(guomao, { contactPhone: null, capacity: null, subdistrict: null })).updateStation;
    expect(s).toMatchObject({ contactPhone: null, capacity: null, subdistrict: null });
    for (const field of ['name', 'status', 'address', 'location', 'amenities', 'open24h', 'operator']) {
      expect(errorCodes(await update(guomao, { [field]: null }))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('moves a station: stationsNear finds it at the new place with its amenities, not at the old one', async () => {
    const old = dataOf(await sg.query(GET, { id: wangjing })).station.location;
    const moved = { lat: 39.98, lng: 116.5 };
    dataOf(await update(wangjing, { location: moved }));
    const at = async (near: object, f?: object) => dataOf(await sg.query(NEAR, { near, f })).stationsNear.map((n: any) => n.station.id);
    expect(await at(moved, { amenities: ['MICROWAVE', 'EBIKE_CHARGING'] })).toContain(wangjing);
    expect(await at(old)).not.toContain(wangjing);
    const s = dataOf(await sg.query(GET, { id: wangjing })).station;
    expect(distanceMeters(s.location, moved)).toBeLessThan(0.5);
  });

  it('takes a new location in BD-09 or WGS-84', async () => {
    const s = dataOf(await update(wangjing, { location: { lat: 39.9952, lng: 116.4741, crs: 'WGS84' } })).updateStation;
    const wgs = dataOf(await sg.query(`query($id: ID!) { station(id: $id) { location(crs: WGS84) { lat lng } } }`, { id: s.id })).station.location;
    expect(distanceMeters(wgs, { lat: 39.9952, lng: 116.4741 })).toBeLessThan(0.5);
  });

  it('replaces amenities so that the amenity filter follows', async () => {
    const F = `query($f: StationFilter) { stations(filter: $f, first: 100) { edges { node { id } } } }`;
    const ids = async (amenities: string[]) => dataOf(await sg.query(F, { f: { amenities } })).stations.edges.map((e: any) => e.node.id);
    expect(await ids(['BATTERY_SWAP', 'LEGAL_AID'])).not.toContain(guomao);
    const s = dataOf(await update(guomao, { amenities: ['BATTERY_SWAP', 'LEGAL_AID', 'LEGAL_AID'] })).updateStation;
    expect(s.amenities.sort()).toEqual(['BATTERY_SWAP', 'LEGAL_AID']);
    expect(await ids(['BATTERY_SWAP', 'LEGAL_AID'])).toContain(guomao);
    expect(await ids(['PRINTER'])).not.toContain(guomao);
  });

  it('suspends and closes: the station is not open and leaves stationsNear; reopening brings it back', async () => {
    const sanlitun = stationId('cy-sanlitun');
    const here = { lat: 39.9334, lng: 116.4545 };
    const nearIds = async () => dataOf(await sg.query(NEAR, { near: here })).stationsNear.map((n: any) => n.station.id);
    for (const status of ['SUSPENDED', 'CLOSED']) {
      expect(dataOf(await update(sanlitun, { status })).updateStation.status).toBe(status);
      expect(dataOf(await sg.query(GET, { id: sanlitun })).station.isOpen).toBe(false);
      expect(await nearIds()).not.toContain(sanlitun);
    }
    dataOf(await update(sanlitun, { status: 'ACTIVE' }));
    expect(dataOf(await sg.query(GET, { id: sanlitun })).station.isOpen).toBe(true);
    expect(await nearIds()).toContain(sanlitun);
  });

  it('changes hours, exceptions and 24h, and refuses a state createStation would refuse, changing nothing', async () => {
    const sanlitun = stationId('cy-sanlitun');
    expect(errorCodes(await update(sanlitun, { open24h: false }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await update(sanlitun, { openingHours: [{ weekday: 9, opens: '08:00', closes: '20:00' }] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await update(sanlitun, { contactPhone: 'call me' }))).toEqual(['BAD_USER_INPUT']);
    expect(dataOf(await sg.query(`query($id: ID!) { station(id: $id) { open24h contactPhone } }`, { id: sanlitun })).station).toEqual({ open24h: true, contactPhone: null });
    const s = dataOf(
      await update(sanlitun, {
        open24h: false,
        openingHours: [{ weekday: 1, opens: '18:00', closes: '02:00' }],
        openingExceptions: [{ validFrom: '2026-12-24', validTo: '2026-12-25', closed: true, note: '检修' }],
      }),
    ).updateStation;
    expect(s.openingHours).toEqual([{ weekday: 1, opens: '18:00', closes: '02:00' }]);
    expect(s.openingExceptions).toEqual([{ validFrom: '2026-12-24', validTo: '2026-12-25', closed: true, opens: null, closes: null, note: '检修' }]);
    const open = async (at: string) => dataOf(await sg.query(`query($id: ID!, $at: DateTime) { station(id: $id) { isOpen(at: $at) } }`, { id: sanlitun, at })).station.isOpen;
    expect(await open('2026-11-24T01:59:00+08:00')).toBe(true);
    expect(await open('2026-11-24T02:00:00+08:00')).toBe(false);
  });

  it('allows admins and stations operators of the station’s district only', async () => {
    expect(dataOf(await update(guomao, { capacity: 40 }, admin)).updateStation.capacity).toBe(40);
    for (const p of [haidianOperator, unionOperator, meituanForWang, anonymous]) {
      expect(errorCodes(await update(guomao, { capacity: 1 }, p))).toEqual(['FORBIDDEN']);
    }
    expect(dataOf(await sg.query(GET, { id: guomao })).station.capacity).toBe(40);
  });

  it('answers NOT_FOUND for a station that does not exist', async () => {
    expect(errorCodes(await update('00000000-0000-0000-0000-000000000000', { capacity: 1 }, admin))).toEqual(['NOT_FOUND']);
  });
});
