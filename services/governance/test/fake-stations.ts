import { keyPairFromSeed } from '@nef/kit';
import { startFakeStationsPeer } from '@nef/kit/testing';
import { settings } from '../src/settings';

/** The key this service signs its station reads with, in tests. */
export const PEER = keyPairFromSeed('governance peer key for tests', 'governance-peer');

/**
 * The stations peer played by the kit's stand-in, trusting the governance peer key and
 * governance operators. `install` points the service's settings at it; `restore` puts them back.
 */
export async function fakeStations() {
  const fake = await startFakeStationsPeer(PEER, 'governance');
  const saved = settings().stationsPeer;
  return {
    ...fake,
    install() {
      settings().stationsPeer = { url: fake.url, signer: PEER.signer };
    },
    async restore() {
      settings().stationsPeer = saved;
      await fake.close();
    },
  };
}
