import type { Principal } from '@nef/kit';
import type { FetchCacheRecord } from './cache/response-cache';

export interface GatewayContext {
  principal: Principal;
  requestId: string;
  /** The caller's address: the socket's, or X-Forwarded-For's first hop with TRUST_PROXY. */
  clientIp: string;
  /** What the subgraphs' answers to this operation said about caching it. */
  cacheRecord: FetchCacheRecord;
}
