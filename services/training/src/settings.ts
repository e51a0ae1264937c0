import { Env, peerTargetsFromEnv, publicBaseUrl, type PeerTarget } from '@nef/kit';

/** The service's own settings, read once when the process starts. */
export interface TrainingSettings {
  /** Requests (one per worker) at which a course request shows as open demand. */
  courseRequestThreshold: number;
  /** A union member's yearly tuition subsidy, in fen. */
  subsidyCapCents: number;
  /**
   * Public base URL under which this service's certificate check page is reachable
   * (`<base>/certificate?number=...`), for links a QR code carries; null: no links.
   */
  publicUrl: string | null;
  /**
   * How to ask the union whether a worker is an ACTIVE member, for the subsidy at enrolment: its
   * base URL (`UNION_PEER_URL`) and the key this service signs its reads with
   * (`TRAINING_PEER_KEY`, an Ed25519 private key in PEM; `TRAINING_PEER_KEY_ID`, default
   * "training-peer"), whose public half the union trusts in UNION_PEER_KEYS. Null: not configured.
   */
  unionPeer: PeerTarget | null;
  /**
   * How to ask stations whether a session's station exists and is not CLOSED: its base URL
   * (`STATIONS_PEER_URL`), signed with the same TRAINING_PEER_KEY, whose public half stations
   * trusts in STATIONS_PEER_KEYS. Null: not configured, and station ids are taken unchecked.
   */
  stationsPeer: PeerTarget | null;
}

/**
 * The peers this service reads from, all signed with TRAINING_PEER_KEY (TRAINING_PEER_KEY_ID,
 * default "training-peer"): the union (UNION_PEER_URL) and stations (STATIONS_PEER_URL). A URL
 * without the key, or the key without any URL, stops start-up.
 */
function peers(env: Env): Pick<TrainingSettings, 'unionPeer' | 'stationsPeer'> {
  const { union, stations } = peerTargetsFromEnv(
    env,
    { keyName: 'TRAINING_PEER_KEY', kidName: 'TRAINING_PEER_KEY_ID', defaultKid: 'training-peer' },
    { union: 'UNION_PEER_URL', stations: 'STATIONS_PEER_URL' },
  );
  return { unionPeer: union, stationsPeer: stations };
}


/** Reads the settings; a malformed value stops start-up with a message naming it. */
export function readSettings(env: Env = new Env()): TrainingSettings {
  return {
    courseRequestThreshold: env.intInRange('COURSE_REQUEST_THRESHOLD', 10, 1, 100_000),
    subsidyCapCents: env.intInRange('TRAINING_SUBSIDY_CAP_CENTS', 300_000, 0, 1_000_000_000),
    publicUrl: publicBaseUrl(env, 'TRAINING_PUBLIC_URL'),
    ...peers(env),
  };
}

export const settings: TrainingSettings = readSettings();
