import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, type Registry } from 'prom-client';
import type { GatewayContext } from '../context';

/** Distinct operation names outside every manifest that /metrics labels as they are; later ones are "other". */
export const MAX_FREE_OPERATION_NAMES = 50;

/**
 * Requests and errors per API key id and operation name. Both labels are bounded: key ids come
 * from the keys file ("anonymous" without a key); an operation name is kept when a published
 * manifest holds it, or while fewer than MAX_FREE_OPERATION_NAMES other names have been seen,
 * and is "other" after that ("unnamed" for an operation without a name).
 */
export class UsageMetrics {
  private readonly requests: Counter<'key' | 'operation'>;
  private readonly errors: Counter<'key' | 'operation' | 'code'>;
  private readonly freeNames = new Set<string>();

  constructor(
    registry: Registry,
    /** The operation names of the published manifests, read on each use (they change on reload). */
    private readonly knownNames: () => Set<string>,
    private readonly maxFreeNames = MAX_FREE_OPERATION_NAMES,
  ) {
    this.requests = new Counter({
      name: 'gateway_operations_total',
      help: 'GraphQL operations received, by API key id and operation name',
      labelNames: ['key', 'operation'],
      registers: [registry],
    });
    this.errors = new Counter({
      name: 'gateway_operation_errors_total',
      help: 'Errors returned, by API key id, operation name and extensions.code',
      labelNames: ['key', 'operation', 'code'],
      registers: [registry],
    });
  }

  /** The label an operation name is counted under. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'unnamed';
    if (this.knownNames().has(name) || this.freeNames.has(name)) return name;
    if (this.freeNames.size >= this.maxFreeNames || name.length > 64) return 'other';
    this.freeNames.add(name);
    return name;
  }

  count(keyId: string | undefined, operationName: string | null | undefined, codes: readonly string[]): void {
    const labels = { key: keyId ?? 'anonymous', operation: this.operationLabel(operationName) };
    this.requests.inc(labels);
    for (const code of codes) this.errors.inc({ ...labels, code });
  }

  /** Counts every operation that reaches Apollo Server's response, with its errors' codes. */
  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: async () => ({
        willSendResponse: async (ctx) => {
          const body = ctx.response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const name = ctx.operationName ?? ctx.request.operationName;
          this.count(ctx.contextValue.principal.keyId, name, errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')));
        },
      }),
    };
  }
}
