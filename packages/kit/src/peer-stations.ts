import { badUserInput, conflict } from './errors';
import { peerRead, type PeerTarget } from './peer';
import type { Domain } from './principal';

/**
 * The stations service's peer read, both sides' shape in one place: `POST /peer/stations
 * {"stationIds": [...]}` answers, per id asked, whether the station exists, its status and its
 * district. Training (session places) and governance (rewards redeemed at a station) check the
 * station ids they are given with it before writing them.
 */
export const PEER_STATIONS_PATH = '/peer/stations';
/** Station ids per request, at most. */
export const MAX_PEER_STATIONS = 500;
/** The longest id the route takes; longer ids are refused (400), never looked up. */
export const MAX_PEER_STATION_ID = 64;

/** A station's status, as the stations service keeps it. */
export type PeerStationStatus = 'ACTIVE' | 'SUSPENDED' | 'CLOSED';
const STATUSES: readonly string[] = ['ACTIVE', 'SUSPENDED', 'CLOSED'];

/** What the route answers per id asked; an unknown id has `exists: false` and nulls. */
export interface PeerStation {
  stationId: string;
  exists: boolean;
  status: PeerStationStatus | null;
  districtCode: string | null;
}

/** Asks the stations service about station ids; the answer has one entry per distinct id asked. */
export type StationLookup = (stationIds: readonly string[]) => Promise<Map<string, PeerStation>>;

function parseAnswer(json: unknown): PeerStation[] {
  const list = (json as { stations?: unknown } | null)?.stations;
  if (!Array.isArray(list)) throw new Error('malformed answer');
  return list.map((s: unknown) => {
    const v = (s ?? {}) as Record<string, unknown>;
    if (typeof v.stationId !== 'string' || typeof v.exists !== 'boolean') throw new Error('malformed answer');
    if (v.exists && !STATUSES.includes(v.status as string)) throw new Error('malformed answer');
    return {
      stationId: v.stationId,
      exists: v.exists,
      status: v.exists ? (v.status as PeerStationStatus) : null,
      districtCode: v.exists && typeof v.districtCode === 'string' ? v.districtCode : null,
    };
  });
}

/**
 * A lookup over the stations service's peer route, signed as `caller` with the target's key;
 * null when no stations peer is configured (the caller then takes station ids unchecked). When
 * stations cannot answer (down, timed out, refused the signature, malformed) the lookup throws
 * SERVICE_UNAVAILABLE naming stations.
 */
export function stationsLookup(target: PeerTarget | null, caller: Domain): StationLookup | null {
  if (!target) return null;
  return async (stationIds) => {
    const ids = [...new Set(stationIds)];
    const answers = new Map<string, PeerStation>();
    for (let i = 0; i < ids.length; i += MAX_PEER_STATIONS) {
      const batch = ids.slice(i, i + MAX_PEER_STATIONS);
      const stations = await peerRead(target, {
        service: 'stations',
        caller,
        path: PEER_STATIONS_PATH,
        body: { stationIds: batch },
        parse: parseAnswer,
        unavailable: 'the stations service could not say whether the station exists; nothing was written, try again shortly',
        unavailableZh: '驿站服务暂时无法确认该驿站是否存在，未做任何更改，请稍后重试',
      });
      for (const s of stations) if (batch.includes(s.stationId)) answers.set(s.stationId, s);
    }
    for (const id of ids) if (!answers.has(id)) answers.set(id, { stationId: id, exists: false, status: null, districtCode: null });
    return answers;
  };
}

/**
 * Checks one station id a write names, through `lookup` (null: not configured, the id is taken
 * unchecked and null returned): an id stations does not know is BAD_USER_INPUT naming `field`;
 * a CLOSED station is CONFLICT (it may reopen). SUSPENDED and ACTIVE stations pass. `what` says
 * what the station is for, in the messages ("sessions", "rewards").
 */
export async function requireKnownStation(
  lookup: StationLookup | null,
  stationId: string,
  opts: { field: string; what: string; whatZh: string },
): Promise<PeerStation | null> {
  if (!lookup) return null;
  if (stationId.length > MAX_PEER_STATION_ID) {
    throw badUserInput(`${opts.field} names no station: "${stationId.slice(0, 80)}"`, { field: opts.field }, `「${opts.field}」不是已有的驿站`);
  }
  const station = (await lookup([stationId])).get(stationId)!;
  if (!station.exists) {
    throw badUserInput(`${opts.field} names no station: "${stationId}"`, { field: opts.field }, `「${opts.field}」不是已有的驿站：${stationId}`);
  }
  if (station.status === 'CLOSED') {
    throw conflict(`station ${stationId} is CLOSED and takes no ${opts.what}`, `驿站${stationId}已关闭，不再接受${opts.whatZh}`);
  }
  return station;
}
