import { startFakeStationsPeer } from '@nef/kit/testing';
import { settings } from '../../src/settings';
import { PEER } from './fake-union';

/**
 * The stations peer played by the kit's stand-in, trusting the training peer key and training
 * operators. `install` points the service's settings at it; `restore` puts them back.
 */
export async function fakeStations() {
  const fake = await startFakeStationsPeer(PEER, 'training');
  const saved = settings.stationsPeer;
  return {
    ...fake,
    install() {
      settings.stationsPeer = { url: fake.url, signer: PEER.signer };
    },
    async restore() {
      settings.stationsPeer = saved;
      await fake.close();
    },
  };
}
