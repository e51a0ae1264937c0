import { STATUS_CODES } from 'node:http';
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { Pool } from 'undici';

export interface SubgraphPoolOptions {
  /** Most open connections to one subgraph per gateway process; requests beyond wait their turn. */
  connections: number;
  /** How long an idle connection is kept for the next request. */
  keepAliveMs: number;
  /** Longest wait for a subgraph's answer (headers, then body). */
  timeoutMs: number;
}

export const DEFAULT_POOL: SubgraphPoolOptions = { connections: 64, keepAliveMs: 30_000, timeoutMs: 30_000 };

/**
 * A fetcher for one subgraph over a bounded pool of keep-alive connections (undici), in place
 * of the data source's default (make-fetch-happen), whose HTTP cache layer and per-request
 * stream machinery the gateway never uses. It answers the small part of the Fetch API that
 * the gateway's data sources read: status, headers, text and json.
 */
export function poolFetcher(origin: string, opts: SubgraphPoolOptions): { fetcher: Fetcher; close(): Promise<void> } {
  const pool = new Pool(origin, {
    connections: opts.connections,
    keepAliveTimeout: opts.keepAliveMs,
    keepAliveMaxTimeout: opts.keepAliveMs,
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
  });
  const fetcher: Fetcher = async (url: string, init: FetcherRequestInit = {}) => {
    const target = new URL(url);
    if (target.origin !== origin) throw new Error(`this fetcher serves ${origin}, not ${target.origin}`);
    const res = await pool.request({
      path: `${target.pathname}${target.search}`,
      method: (init.method ?? 'GET') as 'GET',
      headers: init.headers,
      body: init.body,
      signal: init.signal,
    });
    const text = await res.body.text();
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    return bufferedResponse(url, res.statusCode, headers, text);
  };
  return { fetcher, close: () => pool.close() };
}

function bufferedResponse(url: string, status: number, headers: Headers, text: string): FetcherResponse {
  let used = false;
  const read = () => {
    used = true;
    return text;
  };
  return {
    get bodyUsed() {
      return used;
    },
    url,
    redirected: false,
    status,
    ok: status >= 200 && status < 300,
    statusText: STATUS_CODES[status] ?? '',
    headers,
    text: async () => read(),
    json: async () => JSON.parse(read()),
    arrayBuffer: async () => {
      const b = Buffer.from(read());
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    },
    clone: () => bufferedResponse(url, status, headers, text),
  };
}
