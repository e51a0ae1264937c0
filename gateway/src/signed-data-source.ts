import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, PRINCIPAL_HEADER, signPrincipal } from '@nef/kit';
import type { GatewayContext } from './context';

/**
 * Sends every subgraph request with the caller's principal, signed with the internal secret,
 * so a subgraph can trust who is asking without trusting the network.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    super({ url });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const ctx = options.context as Partial<GatewayContext>;
    options.request.http?.headers.set(PRINCIPAL_HEADER, signPrincipal(ctx.principal ?? ANONYMOUS, this.secret));
    if (ctx.requestId) options.request.http?.headers.set('x-request-id', ctx.requestId);
  }
}
