import { Env, peerKeysFromEnv as kitPeerKeysFromEnv, type TrustedKeys } from '@nef/kit';

export interface StationSettings {
  /** Raw visit rows older than this many days are purged; daily counts stay. */
  visitRetentionDays: number;
  /** How often the running service purges, in minutes (0 turns the timer off). */
  visitPurgeIntervalMinutes: number;
}

/** Read once at start-up; a malformed value stops the process with a message naming it. */
export function readSettings(env = new Env()): StationSettings {
  return {
    visitRetentionDays: env.intInRange('VISIT_RETENTION_DAYS', 180, 1, 3650),
    visitPurgeIntervalMinutes: env.intInRange('VISIT_PURGE_INTERVAL_MINUTES', 60, 0, 7 * 24 * 60),
  };
}

export const settings: StationSettings = readSettings();

/**
 * Keys of the services that may ask over the peer route (`/peer/stations`) whether stations
 * exist, as a JWKS (`STATIONS_PEER_KEYS`): the public halves of the training and governance peer
 * keys (TRAINING_PEER_KEY, GOVERNANCE_PEER_KEY), by their key ids. Trusted for that route only,
 * never for /graphql. Unset: the route answers nobody (401).
 */
export function peerKeysFromEnv(env: Env = new Env()): TrustedKeys {
  return kitPeerKeysFromEnv(env, 'STATIONS_PEER_KEYS');
}

/** The peer keys in force, read once at start-up (a holder, so tests can set them). */
export const peer: { keys: TrustedKeys } = { keys: peerKeysFromEnv() };
