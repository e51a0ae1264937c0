import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { keyPairFromSeed, PRINCIPAL_HEADER, verifyPrincipal, type PeerStationStatus } from '@nef/kit';
import { settings } from '../src/settings';

/** The key this service signs its station reads with, in tests. */
export const PEER = keyPairFromSeed('governance peer key for tests', 'governance-peer');

/**
 * The stations service's side of the peer read (`/peer/stations`), played by a small server
 * that checks what stations checks (a principal signed by the governance peer key, for stations,
 * for this body, naming a governance operator) and answers from a table of stations. The stations
 * service's own test covers the real route against its data. `install` points the service's
 * settings at it; `restore` puts them back.
 */
export async function fakeStations() {
  const stations = new Map<string, { status: PeerStationStatus; districtCode: string }>();
  const asked: string[][] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const verdict = verifyPrincipal(req.headers[PRINCIPAL_HEADER] as string, new Map([[PEER.signer.kid, PEER.publicKey]]), { audience: 'stations', body });
    if (!verdict.ok || verdict.principal.role !== 'operator' || verdict.principal.domain !== 'governance') {
      res.writeHead(401).end();
      return;
    }
    const ids: string[] = JSON.parse(body.toString()).stationIds;
    asked.push(ids);
    const answer = ids.map((stationId) => {
      const s = stations.get(stationId);
      return s ? { stationId, exists: true, ...s } : { stationId, exists: false, status: null, districtCode: null };
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ stations: answer }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const saved = settings().stationsPeer;
  return {
    url,
    stations,
    /** The id lists asked so far, one per request. */
    asked,
    install() {
      settings().stationsPeer = { url, signer: PEER.signer };
    },
    async restore() {
      settings().stationsPeer = saved;
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
