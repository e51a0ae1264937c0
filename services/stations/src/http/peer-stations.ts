import { MAX_PEER_STATION_ID, MAX_PEER_STATIONS, PEER_STATIONS_PATH, peerRoute, type Database, type Logger, type PeerStation, type PeerStationStatus, type Route, type TrustedKeys } from '@nef/kit';
import { In } from 'typeorm';
import { StationEntity } from '../entities';

export { PEER_STATIONS_PATH };
/** The services that may ask: training (where sessions are held) and governance (where rewards are redeemed). */
export const PEER_STATIONS_CALLERS = ['training', 'governance'] as const;
/** The longest id a station has (a UUID); a longer one cannot exist and is not looked up. */
const STATION_ID_LENGTH = 36;

/**
 * POST /peer/stations `{"stationIds": [...]}` (at most 500 ids of 1 to 64 characters), for the
 * training and governance services, never for the public: the request carries a principal signed
 * with a key of `STATIONS_PEER_KEYS` for this service and this exact body, naming a training or
 * governance operator (the kit's peer route). The answer says, per distinct id asked and in the
 * order asked, whether the station exists, its status and its district; nothing else. Stations
 * are never deleted, so an id once answered `exists` keeps existing (its status may change).
 */
export function peerStationsRoute(db: Database, trusted: () => TrustedKeys, log?: Logger): Route {
  return peerRoute({
    audience: 'stations',
    trusted,
    callers: PEER_STATIONS_CALLERS,
    refused: (reason) => log?.warn({ reason, route: PEER_STATIONS_PATH }, 'peer read refused'),
    async answer(json) {
      const ids = (json as { stationIds?: unknown } | undefined)?.stationIds;
      if (
        !Array.isArray(ids) ||
        ids.length > MAX_PEER_STATIONS ||
        !ids.every((id) => typeof id === 'string' && id.length > 0 && id.length <= MAX_PEER_STATION_ID)
      ) {
        return { status: 400, body: { error: `stationIds must be a list of at most ${MAX_PEER_STATIONS} station ids of 1 to ${MAX_PEER_STATION_ID} characters` } };
      }
      const stationIds = [...new Set(ids as string[])];
      const lookable = stationIds.filter((id) => id.length <= STATION_ID_LENGTH);
      const rows = lookable.length ? await db.manager.find(StationEntity, { where: { id: In(lookable) }, select: { id: true, status: true, districtCode: true } }) : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      const stations: PeerStation[] = stationIds.map((stationId) => {
        const row = byId.get(stationId);
        return row
          ? { stationId, exists: true, status: row.status as PeerStationStatus, districtCode: row.districtCode }
          : { stationId, exists: false, status: null, districtCode: null };
      });
      return { status: 200, body: { stations } };
    },
  });
}
