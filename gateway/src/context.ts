import type { Principal } from '@nef/kit';

export interface GatewayContext {
  principal: Principal;
  requestId: string;
}
