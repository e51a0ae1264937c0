import { Env, jwksOf, keyPairFromSeed } from '@nef/kit';
import { peerKeysFromEnv, readSettings } from '../src/settings';

describe('settings', () => {
  it('keeps visits 180 days and purges hourly by default', () => {
    expect(readSettings(new Env({}))).toEqual({ visitRetentionDays: 180, visitPurgeIntervalMinutes: 60 });
  });

  it('trusts the peer keys of STATIONS_PEER_KEYS (a JWKS) for /peer/stations, and nobody when it is unset', () => {
    expect(peerKeysFromEnv(new Env({})).size).toBe(0);
    const training = keyPairFromSeed('t', 'training-peer');
    const governance = keyPairFromSeed('g', 'governance-peer');
    const jwks = jwksOf([
      { kid: training.signer.kid, publicKey: training.publicKey },
      { kid: governance.signer.kid, publicKey: governance.publicKey },
    ]);
    const keys = peerKeysFromEnv(new Env({ STATIONS_PEER_KEYS: jwks }));
    expect([...keys.keys()]).toEqual(['training-peer', 'governance-peer']);
    expect(() => peerKeysFromEnv(new Env({ STATIONS_PEER_KEYS: 'not json' }))).toThrow(/STATIONS_PEER_KEYS must be a JWKS/);
  });
});
