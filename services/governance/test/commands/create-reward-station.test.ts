import { keyPairFromSeed, newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Reward } from '../../src/entities';
import { settings } from '../../src/settings';
import { fakeStations, PEER } from '../fake-stations';
import { as, chaoyangOp, CREATE_REWARD as CREATE, service } from '../support';

let sg: TestSubgraph;
let stations: Awaited<ReturnType<typeof fakeStations>>;
const ACTIVE = newId();
const SUSPENDED = newId();
const CLOSED = newId();

beforeAll(async () => {
  stations = await fakeStations();
  stations.stations.set(ACTIVE, { status: 'ACTIVE', districtCode: '110105' });
  stations.stations.set(SUSPENDED, { status: 'SUSPENDED', districtCode: '110105' });
  stations.stations.set(CLOSED, { status: 'CLOSED', districtCode: '110105' });
  stations.install();
  sg = await startTestSubgraph(service);
});
afterAll(async () => {
  await sg?.stop();
  await stations.restore();
});

const create = (input: Record<string, unknown>, who = as.admin) =>
  sg.query(CREATE, { input: { title: `洗衣券 ${newId().slice(-6)}`, costPoints: 20, stock: 5, districtCode: '110105', ...input } }, who);
const rewardsAt = (stationId: string) => sg.db.manager.countBy(Reward, { stationId });

describe('createReward asks stations whether the station exists', () => {
  it('creates a reward at an ACTIVE or SUSPENDED station, and one redeemable anywhere without asking', async () => {
    stations.asked.length = 0;
    expect(dataOf(await create({ stationId: ACTIVE }, chaoyangOp)).createReward.station).toEqual({ id: ACTIVE });
    expect(dataOf(await create({ stationId: SUSPENDED })).createReward.station).toEqual({ id: SUSPENDED });
    expect(dataOf(await create({})).createReward.station).toBeNull();
    expect(stations.asked).toEqual([[ACTIVE], [SUSPENDED]]);
  });

  it('refuses a station stations does not know (BAD_USER_INPUT on stationId) and a CLOSED one (CONFLICT), writing nothing', async () => {
    const gone = newId();
    const unknown = await create({ stationId: gone });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.extensions).toMatchObject({ field: 'stationId' });
    expect(await rewardsAt(gone)).toBe(0);
    expect(errorCodes(await create({ stationId: CLOSED }))).toEqual(['CONFLICT']);
    expect(await rewardsAt(CLOSED)).toBe(0);
  });

  it('asks nothing for a caller who may not create rewards', async () => {
    stations.asked.length = 0;
    expect(errorCodes(await create({ stationId: ACTIVE }, as.anonymous))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await create({ stationId: ACTIVE }, as.stationsOperator))).toEqual(['FORBIDDEN']);
    expect(stations.asked).toEqual([]);
  });

  it('is SERVICE_UNAVAILABLE naming stations when stations cannot answer or refuses the signature, writing nothing', async () => {
    const before = await rewardsAt(ACTIVE);
    try {
      settings().stationsPeer = { url: 'http://127.0.0.1:9', signer: PEER.signer };
      const down = await create({ stationId: ACTIVE });
      expect(errorCodes(down)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(down.errors![0]!.extensions).toMatchObject({ service: 'stations', retryable: true });
      settings().stationsPeer = { url: stations.url, signer: keyPairFromSeed('not the peer key', 'governance-peer').signer };
      expect(errorCodes(await create({ stationId: ACTIVE }))).toEqual(['SERVICE_UNAVAILABLE']);
      expect(await rewardsAt(ACTIVE)).toBe(before);
    } finally {
      stations.install();
    }
  });

  it('takes the station unchecked where no stations peer is configured', async () => {
    settings().stationsPeer = null;
    try {
      const anywhere = newId();
      expect(dataOf(await create({ stationId: anywhere })).createReward.station).toEqual({ id: anywhere });
    } finally {
      stations.install();
    }
  });
});
