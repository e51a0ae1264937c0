import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { keyPairFromSeed, PRINCIPAL_HEADER, verifyPrincipal } from '@nef/kit';
import { settings } from '../../src/settings';

/** The key this service signs its union reads with, in tests. */
export const PEER = keyPairFromSeed('training peer key for tests', 'training-peer');

/**
 * The union's side of the peer read (`/peer/memberships`), played by a small server that checks
 * what the union checks (a principal signed by the training peer key, for the union, for this
 * body) and answers from a table of memberships, or `everyone` for all workers not in it. The
 * union service's own test covers the real route against its data. `install` points the
 * service's settings at it; `restore` puts them back.
 */
export async function fakeUnion(opts: { everyone?: { branchId: string; district: string | null } } = {}) {
  const memberships = new Map<string, { branchId: string; district: string | null } | null>();
  let calls = 0;
  const server = http.createServer(async (req, res) => {
    calls += 1;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const verdict = verifyPrincipal(req.headers[PRINCIPAL_HEADER] as string, new Map([[PEER.signer.kid, PEER.publicKey]]), { audience: 'union', body });
    if (!verdict.ok) {
      res.writeHead(401).end();
      return;
    }
    const ids: string[] = JSON.parse(body.toString()).workerIds;
    const answer = ids.map((workerId) => {
      const m = memberships.has(workerId) ? memberships.get(workerId) : opts.everyone;
      return { workerId, member: !!m, branchId: m?.branchId ?? null, branchDistrictCode: m?.district ?? null };
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ memberships: answer }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const saved = { peer: settings.unionPeer, cap: settings.subsidyCapCents };
  return {
    url,
    memberships,
    calls: () => calls,
    install(capCents = saved.cap) {
      settings.unionPeer = { url, signer: PEER.signer };
      settings.subsidyCapCents = capCents;
    },
    async restore() {
      settings.unionPeer = saved.peer;
      settings.subsidyCapCents = saved.cap;
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
