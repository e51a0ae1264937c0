import { Env, generatePrincipalKeyPair } from '@nef/kit';
import { readSettings } from '../src/settings';

const PEM = generatePrincipalKeyPair('x').signer.key.export({ format: 'pem', type: 'pkcs8' }).toString();

describe('settings', () => {
  it('defaults to a threshold of 10 and a yearly cap of 3000 yuan', () => {
    expect(readSettings(new Env({}))).toEqual({ courseRequestThreshold: 10, subsidyCapCents: 300000, publicUrl: null, unionPeer: null, stationsPeer: null });
  });
  it('reads them from the environment and refuses values out of range', () => {
    expect(readSettings(new Env({ COURSE_REQUEST_THRESHOLD: '5', TRAINING_SUBSIDY_CAP_CENTS: '0' }))).toEqual({
      courseRequestThreshold: 5,
      subsidyCapCents: 0,
      publicUrl: null,
      unionPeer: null,
      stationsPeer: null,
    });
    expect(readSettings(new Env({ TRAINING_PUBLIC_URL: 'https://peixun.example.cn/zs/' })).publicUrl).toBe('https://peixun.example.cn/zs');
    expect(() => readSettings(new Env({ TRAINING_PUBLIC_URL: 'peixun.example.cn' }))).toThrow(/TRAINING_PUBLIC_URL/);
    expect(() => readSettings(new Env({ TRAINING_PUBLIC_URL: 'ftp://peixun.example.cn' }))).toThrow(/TRAINING_PUBLIC_URL/);
    expect(() => readSettings(new Env({ COURSE_REQUEST_THRESHOLD: '0' }))).toThrow(/COURSE_REQUEST_THRESHOLD/);
    expect(() => readSettings(new Env({ TRAINING_SUBSIDY_CAP_CENTS: 'lots' }))).toThrow(/TRAINING_SUBSIDY_CAP_CENTS/);
  });
  it('signs its reads of the union and of stations with the one peer key, each peer configured by its URL', () => {
    const both = readSettings(new Env({ TRAINING_PEER_KEY: PEM, UNION_PEER_URL: 'http://union:4002/', STATIONS_PEER_URL: 'http://stations:4001' }));
    expect(both.unionPeer?.url).toBe('http://union:4002');
    expect(both.stationsPeer?.url).toBe('http://stations:4001');
    expect(both.stationsPeer?.signer.kid).toBe('training-peer');
    expect(both.stationsPeer?.signer.key).toBe(both.unionPeer?.signer.key);
    const stationsOnly = readSettings(new Env({ TRAINING_PEER_KEY: PEM, TRAINING_PEER_KEY_ID: 'training-2026', STATIONS_PEER_URL: 'http://stations:4001' }));
    expect(stationsOnly.unionPeer).toBeNull();
    expect(stationsOnly.stationsPeer?.signer.kid).toBe('training-2026');
    expect(() => readSettings(new Env({ STATIONS_PEER_URL: 'http://stations:4001' }))).toThrow(/STATIONS_PEER_URL and TRAINING_PEER_KEY/);
    expect(() => readSettings(new Env({ TRAINING_PEER_KEY: PEM }))).toThrow(/TRAINING_PEER_KEY is set without UNION_PEER_URL or STATIONS_PEER_URL/);
    expect(() => readSettings(new Env({ TRAINING_PEER_KEY: PEM, STATIONS_PEER_URL: 'stations:4001' }))).toThrow(/STATIONS_PEER_URL/);
    expect(() => readSettings(new Env({ TRAINING_PEER_KEY: 'not a key', STATIONS_PEER_URL: 'http://stations:4001' }))).toThrow(/TRAINING_PEER_KEY/);
  });
});
