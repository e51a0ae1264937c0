import type { Principal } from '@nef/kit';

export interface GatewayContext {
  principal: Principal;
  requestId: string;
  /** The caller's address: the socket's, or X-Forwarded-For's first hop with TRUST_PROXY. */
  clientIp: string;
}
