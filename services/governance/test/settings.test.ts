import { Env, generatePrincipalKeyPair } from '@nef/kit';
import { readSettings } from '../src/settings';

const PEM = generatePrincipalKeyPair('x').signer.key.export({ format: 'pem', type: 'pkcs8' }).toString();

describe('the stations peer in the settings', () => {
  it('is not configured by default: station ids are then taken unchecked', () => {
    expect(readSettings(new Env({})).stationsPeer).toBeNull();
  });

  it('asks STATIONS_PEER_URL, signing with GOVERNANCE_PEER_KEY known as GOVERNANCE_PEER_KEY_ID (default governance-peer)', () => {
    const peer = readSettings(new Env({ GOVERNANCE_PEER_KEY: PEM, STATIONS_PEER_URL: 'http://stations:4001/' })).stationsPeer;
    expect(peer).toMatchObject({ url: 'http://stations:4001', signer: { kid: 'governance-peer' } });
    expect(peer!.signer.key.asymmetricKeyType).toBe('ed25519');
    const renamed = readSettings(new Env({ GOVERNANCE_PEER_KEY: PEM, GOVERNANCE_PEER_KEY_ID: 'gov-2027', STATIONS_PEER_URL: 'https://stations.internal' }));
    expect(renamed.stationsPeer!.signer.kid).toBe('gov-2027');
  });

  it('stops start-up when only one of the two is set, or either is malformed', () => {
    expect(() => readSettings(new Env({ STATIONS_PEER_URL: 'http://stations:4001' }))).toThrow('STATIONS_PEER_URL and GOVERNANCE_PEER_KEY are set together, or neither');
    expect(() => readSettings(new Env({ GOVERNANCE_PEER_KEY: PEM }))).toThrow(/GOVERNANCE_PEER_KEY is set without STATIONS_PEER_URL/);
    expect(() => readSettings(new Env({ GOVERNANCE_PEER_KEY: 'nope', STATIONS_PEER_URL: 'http://stations:4001' }))).toThrow(/GOVERNANCE_PEER_KEY must be an Ed25519/);
    expect(() => readSettings(new Env({ GOVERNANCE_PEER_KEY: PEM, STATIONS_PEER_URL: 'stations' }))).toThrow(/STATIONS_PEER_URL must be/);
  });
});
