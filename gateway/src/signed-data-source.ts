import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import {
  ANONYMOUS,
  CACHE_HEADER,
  PRINCIPAL_HEADER,
  VERSIONS_HEADER,
  injectTraceContext,
  parseVersions,
  signPrincipal,
  type Logger,
  type Principal,
  type PrincipalSigner,
} from '@nef/kit';
import type { VersionTracker } from './cache/versions';
import type { GatewayContext } from './context';
import { DEFAULT_POOL, poolFetcher, type SubgraphPoolOptions } from './pool-fetcher';
import { completeErrors, failedFetchResponse, type Fetch } from './subgraph-failure';

/**
 * Sends every subgraph request with the caller's principal, signed with the gateway's Ed25519
 * key for this subgraph and this very body (see `signingFetcher`), so a subgraph can trust who
 * is asking without trusting the network or the other subgraphs. Requests go over a
 * bounded pool of keep-alive connections to the subgraph. Each answer's data versions and
 * cache hints go to the version tracker and the operation's cache record.
 *
 * A fetch that fails (the subgraph down, slow, answering 5xx or SERVICE_UNAVAILABLE) does not
 * throw: it answers GraphQL errors at the paths it was to fill (./subgraph-failure.ts), so the
 * client loses only this subgraph's fields and learns which, and that it may try again.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly closePool: () => Promise<void>;

  constructor(
    url: string,
    signer: PrincipalSigner,
    private readonly subgraph: string,
    private readonly log: Logger,
    private readonly tracker?: VersionTracker,
    pool: SubgraphPoolOptions = DEFAULT_POOL,
  ) {
    const { fetcher, close } = poolFetcher(new URL(url).origin, pool);
    super({ url, fetcher: signingFetcher(fetcher, subgraph, signer) });
    this.closePool = close;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    // Schema loading and health checks fail as they always have: only a client's operation has fields to answer.
    if (!('incomingRequestContext' in options)) return super.process(options);
    // Read before sending: the request's http part is replaced on the way out.
    const fetch: Fetch = { ...options.request, document: options.document };
    let response: GatewayGraphQLResponse;
    try {
      response = await super.process(options);
    } catch (err) {
      return failedFetchResponse(this.subgraph, fetch, err, this.log);
    }
    return response.errors?.length ? { ...response, errors: completeErrors(this.subgraph, fetch, response.errors) } : response;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const ctx = options.context as Partial<GatewayContext>;
    options.request.http?.headers.set(PRINCIPAL_CLAIM_HEADER, JSON.stringify(ctx.principal ?? ANONYMOUS));
    if (ctx.requestId) options.request.http?.headers.set('x-request-id', ctx.requestId);
  }

  override didReceiveResponse({ response, context }: { response: GatewayGraphQLResponse; context: GatewayContext }): GatewayGraphQLResponse {
    const headers = response.http?.headers;
    const versions = parseVersions(headers?.get(VERSIONS_HEADER));
    if (versions.size > 0) this.tracker?.update(this.subgraph, versions);
    (context as Partial<GatewayContext>).cacheRecord?.add(this.subgraph, headers?.get(CACHE_HEADER), versions);
    return response;
  }

  close(): Promise<void> {
    return this.closePool();
  }
}

/**
 * Carries the principal from `willSendRequest` to `signingFetcher`, inside this process only:
 * the fetcher removes it before anything is sent.
 */
const PRINCIPAL_CLAIM_HEADER = 'x-nef-principal-to-sign';

/**
 * Signs the principal where the body is final. The data source serializes the body after
 * `willSendRequest`, in a private method, so the fetcher is the first place that sees the exact
 * bytes the principal's body hash must cover. Whatever arrives without a principal (schema
 * loading and health checks) is signed as anonymous.
 */
export function signingFetcher(inner: Fetcher, subgraph: string, signer: PrincipalSigner): Fetcher {
  return (url, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    const claim = headers[PRINCIPAL_CLAIM_HEADER];
    delete headers[PRINCIPAL_CLAIM_HEADER];
    const principal: Principal = claim ? (JSON.parse(claim) as Principal) : ANONYMOUS;
    headers[PRINCIPAL_HEADER] = signPrincipal(principal, signer, { audience: subgraph, body: init.body ?? '' });
    // The subgraph continues the trace under this fetch's span (`gateway.fetch`).
    injectTraceContext(headers);
    return inner(url, { ...init, headers });
  };
}
