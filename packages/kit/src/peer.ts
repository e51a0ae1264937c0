import { createPrivateKey, type KeyObject } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Env } from './config';
import { serviceUnavailable } from './errors';
import { headerValue, sendJson, type Route } from './http';
import { PRINCIPAL_HEADER, signPrincipal, verifyPrincipal, type Domain, type Principal, type PrincipalSigner, type TrustedKeys } from './principal';
import { parseJwks } from './principal-keys';

/**
 * Peer reads: one service asking another a narrow question over a route beside /graphql
 * (training asks the union whether workers are members, training and governance ask stations
 * whether stations exist). The caller signs each request with its own peer key (Ed25519), for
 * the target service and that exact body, with the kit's signed principals; the target trusts
 * the callers' public keys for that route only (a JWKS of its own setting), never for /graphql,
 * and answers only the callers it names.
 */

/** Where a peer lives and the key this service signs its requests with. */
export interface PeerTarget {
  /** Base URL, without a trailing slash. */
  url: string;
  signer: PrincipalSigner;
}

/** How long a peer read may take before it counts as unavailable. */
export const PEER_TIMEOUT_MS = 3000;
/** The largest body a peer route reads (a list of 500 ids fits several times over). */
export const PEER_MAX_BODY_BYTES = 64 * 1024;

/** The principal a service signs its peer reads as: an operator of its own domain. */
export function peerCaller(domain: Domain): Principal {
  return { role: 'operator', domain, keyId: `${domain}-service` };
}

export interface PeerReadOptions<T> {
  /** The service asked (the principal's `aud`, and the `service` of SERVICE_UNAVAILABLE). */
  service: Domain;
  /** Who asks. */
  caller: Domain;
  /** The route, e.g. `/peer/stations`. */
  path: string;
  /** The JSON body to send. */
  body: unknown;
  /** Checks and reads the answer's JSON; throws when it is not what the route answers. */
  parse: (json: unknown) => T;
  /** The message of the SERVICE_UNAVAILABLE thrown when the peer cannot answer. */
  unavailable: string;
  /** The same in Chinese. */
  unavailableZh?: string;
  timeoutMs?: number;
}

/**
 * POSTs one signed peer read and returns the parsed answer. Any failure (refused connection,
 * timeout, a status other than 200, a body that is not the expected JSON) throws
 * SERVICE_UNAVAILABLE naming the service asked, so the caller writes nothing.
 */
export async function peerRead<T>(target: PeerTarget, opts: PeerReadOptions<T>): Promise<T> {
  const body = JSON.stringify(opts.body);
  try {
    const res = await fetch(`${target.url}${opts.path}`, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        [PRINCIPAL_HEADER]: signPrincipal(peerCaller(opts.caller), target.signer, { audience: opts.service, body }),
      },
      signal: AbortSignal.timeout(opts.timeoutMs ?? PEER_TIMEOUT_MS),
    });
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new Error(`${opts.service} answered ${res.status}`);
    }
    return opts.parse(await res.json());
  } catch {
    throw serviceUnavailable(opts.unavailable, { service: opts.service }, opts.unavailableZh);
  }
}

export interface PeerRouteOptions {
  /** This service's name: principals signed for another service are refused. */
  audience: Domain;
  /** The public keys of the callers' peer keys, read when a request arrives (a holder tests can set). */
  trusted: () => TrustedKeys;
  /** The domains whose operators may call the route (their services' peer principals). */
  callers: readonly Domain[];
  /** The largest body read; default PEER_MAX_BODY_BYTES. */
  maxBodyBytes?: number;
  /** Told why a request was refused (for the log; the caller learns only the status). */
  refused?: (reason: string) => void;
  /**
   * Answers a verified request from its JSON body (undefined when the body is not JSON): a status
   * and a JSON body. The answer is never cached.
   */
  answer: (json: unknown, caller: Principal) => Promise<{ status: number; body: unknown }>;
}

/** Reads a request body up to `max` bytes; undefined when it is longer. */
export async function cappedBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The serving side of a peer read: POST only (405 otherwise), a body of at most `maxBodyBytes`
 * (413), and a principal signed by one of the trusted peer keys, for this service and this exact
 * body, naming an operator of one of the allowed domains (401 otherwise, with the reason told to
 * `refused`). Then `answer` decides.
 */
export function peerRoute(opts: PeerRouteOptions): Route {
  const max = opts.maxBodyBytes ?? PEER_MAX_BODY_BYTES;
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendJson(res, 405, { error: 'use POST' });
      return;
    }
    const declared = Number(headerValue(req, 'content-length'));
    const raw = Number.isFinite(declared) && declared > max ? undefined : await cappedBody(req, max);
    if (raw === undefined) {
      // The rest of the body is never read: the connection cannot carry another request.
      res.setHeader('connection', 'close');
      sendJson(res, 413, { error: 'body too large' });
      return;
    }
    const verdict = verifyPrincipal(headerValue(req, PRINCIPAL_HEADER), opts.trusted(), { audience: opts.audience, body: raw });
    let reason: string | undefined;
    if (!verdict.ok) reason = verdict.reason;
    else if (verdict.principal.role !== 'operator' || !verdict.principal.domain || !opts.callers.includes(verdict.principal.domain)) {
      reason = `caller not allowed here (${verdict.principal.role}${verdict.principal.domain ? ` of ${verdict.principal.domain}` : ''})`;
    }
    if (reason !== undefined || !verdict.ok) {
      opts.refused?.(reason ?? 'refused');
      sendJson(res, 401, { error: 'UNAUTHENTICATED' });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      json = undefined;
    }
    const { status, body } = await opts.answer(json, verdict.principal);
    res.setHeader('Cache-Control', 'no-store');
    sendJson(res, status, body);
  };
}

/**
 * A peer's base URL from the setting `name`: an absolute http or https URL (a trailing slash is
 * dropped); undefined when unset.
 */
export function peerUrlFromEnv(env: Env, name: string): string | undefined {
  const url = env.str(name)?.trim();
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${name} must be an absolute http or https URL, got "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`${name} must be an http or https URL, got "${url}"`);
  return url.replace(/\/+$/, '');
}

/**
 * The key a service signs its peer reads with: setting `keyName`, an Ed25519 private key in PEM
 * (PKCS#8; `\n` may stand for line breaks), known to the peers by `kidName` (default
 * `defaultKid`). Undefined when unset.
 */
export function peerSignerFromEnv(env: Env, keyName: string, kidName: string, defaultKid: string): PrincipalSigner | undefined {
  const pem = env.str(keyName)?.trim();
  if (!pem) return undefined;
  let key: KeyObject;
  try {
    key = createPrivateKey(pem.replace(/\\n/g, '\n'));
  } catch {
    throw new Error(`${keyName} must be an Ed25519 private key in PEM (PKCS#8)`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${keyName} must be an Ed25519 private key`);
  return { kid: env.str(kidName, defaultKid), key };
}

/**
 * The peers a service asks, each from its URL setting, all signed with the one key of
 * `keyName`/`kidName`: a URL without the key stops start-up, and so does the key without any URL.
 * Unset peers are null (not configured).
 */
export function peerTargetsFromEnv<N extends string>(
  env: Env,
  key: { keyName: string; kidName: string; defaultKid: string },
  urls: Record<N, string>,
): Record<N, PeerTarget | null> {
  const signer = peerSignerFromEnv(env, key.keyName, key.kidName, key.defaultKid);
  const names = Object.values(urls) as string[];
  const out = {} as Record<N, PeerTarget | null>;
  for (const [peer, setting] of Object.entries(urls) as [N, string][]) {
    const url = peerUrlFromEnv(env, setting);
    if (url && !signer) throw new Error(`${setting} and ${key.keyName} are set together, or neither`);
    out[peer] = url && signer ? { url, signer } : null;
  }
  if (signer && Object.values(out).every((t) => t === null)) {
    throw new Error(`${key.keyName} is set without ${names.join(' or ')}: set the peer's URL too, or neither`);
  }
  return out;
}

/**
 * The public keys a peer route trusts, from setting `name`: a JWKS of Ed25519 public keys.
 * Unset: an empty set, and the route answers nobody.
 */
export function peerKeysFromEnv(env: Env, name: string): TrustedKeys {
  const text = env.str(name)?.trim();
  if (!text) return new Map();
  try {
    return parseJwks(text);
  } catch (err) {
    throw new Error(`${name} must be a JWKS of Ed25519 public keys: ${(err as Error).message}`);
  }
}
