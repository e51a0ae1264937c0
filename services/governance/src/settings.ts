import path from 'node:path';
import { Env, httpBaseUrl, peerTargetsFromEnv, publicBaseUrl, type PeerTarget } from '@nef/kit';

/** Where uploaded report photos are kept: files under a directory, or an S3-compatible bucket. */
export type PhotoStorage =
  | { kind: 'local'; dir: string }
  | { kind: 's3'; endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string; prefix: string };

export interface GovernanceSettings {
  photoStorage: PhotoStorage;
  /**
   * The public base URL of the API (the gateway), e.g. https://api.example.org, under which
   * photos are served at /report-photo?id=...; null: photos are given by path only.
   */
  publicUrl: string | null;
  /**
   * How to ask stations whether a reward's station exists and is not CLOSED: its base URL
   * (`STATIONS_PEER_URL`) and the key this service signs its reads with (`GOVERNANCE_PEER_KEY`, an
   * Ed25519 private key in PEM; `GOVERNANCE_PEER_KEY_ID`, default "governance-peer"), whose public
   * half stations trusts in STATIONS_PEER_KEYS. Null: not configured, and station ids are taken
   * unchecked.
   */
  stationsPeer: PeerTarget | null;
}

/**
 * Reads the settings; a malformed value stops the service with a message naming it. With
 * GOVERNANCE_PHOTO_S3_BUCKET set, photos go to that bucket (GOVERNANCE_PHOTO_S3_ENDPOINT,
 * _REGION, _ACCESS_KEY_ID and _SECRET_ACCESS_KEY, all required but the region); otherwise to
 * files under GOVERNANCE_PHOTO_DIR (default: DATA_DIR/governance-photos).
 */
export function readSettings(env: Env = new Env()): GovernanceSettings {
  const bucket = env.str('GOVERNANCE_PHOTO_S3_BUCKET')?.trim();
  let photoStorage: PhotoStorage;
  if (bucket) {
    const need = (name: string) => {
      const v = env.str(name)?.trim();
      if (!v) throw new Error(`${name} is required when GOVERNANCE_PHOTO_S3_BUCKET is set`);
      return v;
    };
    const endpoint = httpBaseUrl(env, 'GOVERNANCE_PHOTO_S3_ENDPOINT');
    if (!endpoint) throw new Error('GOVERNANCE_PHOTO_S3_ENDPOINT is required when GOVERNANCE_PHOTO_S3_BUCKET is set');
    photoStorage = {
      kind: 's3',
      endpoint,
      bucket,
      region: env.str('GOVERNANCE_PHOTO_S3_REGION', 'us-east-1'),
      accessKeyId: need('GOVERNANCE_PHOTO_S3_ACCESS_KEY_ID'),
      secretAccessKey: need('GOVERNANCE_PHOTO_S3_SECRET_ACCESS_KEY'),
      prefix: env.str('GOVERNANCE_PHOTO_S3_PREFIX', 'report-photos/'),
    };
  } else {
    photoStorage = { kind: 'local', dir: path.resolve(env.str('GOVERNANCE_PHOTO_DIR', path.join(env.str('DATA_DIR', 'data'), 'governance-photos'))) };
  }
  const { stations } = peerTargetsFromEnv(
    env,
    { keyName: 'GOVERNANCE_PEER_KEY', kidName: 'GOVERNANCE_PEER_KEY_ID', defaultKid: 'governance-peer' },
    { stations: 'STATIONS_PEER_URL' },
  );
  return { photoStorage, publicUrl: publicBaseUrl(env, 'GOVERNANCE_PUBLIC_URL'), stationsPeer: stations };
}

let current: GovernanceSettings | undefined;

/** The settings, read from the environment the first time they are needed. */
export function settings(): GovernanceSettings {
  return (current ??= readSettings());
}
