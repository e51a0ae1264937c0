import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';

/** The Prometheus metrics of one service, in a registry of its own. */
export class Metrics {
  readonly registry = new Registry();
  readonly requests: Counter<'service'>;
  readonly duration: Histogram<'service'>;
  readonly errors: Counter<'service' | 'code'>;
  readonly sqlStatements: Counter<'service'>;

  constructor(readonly service: string, opts: { defaults?: boolean } = {}) {
    this.registry.setDefaultLabels({ service });
    if (opts.defaults) collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations received',
      labelNames: ['service'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL operation latency',
      labelNames: ['service'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors returned to callers, by extensions.code',
      labelNames: ['service', 'code'],
      registers: [this.registry],
    });
    this.sqlStatements = new Counter({
      name: 'sql_statements_total',
      help: 'SQL statements executed',
      labelNames: ['service'],
      registers: [this.registry],
    });
  }

  /** Counts an error response that never reached Apollo Server (e.g. a refused principal). */
  countRefused(code: string): void {
    this.requests.inc();
    this.errors.inc({ code });
  }

  /** An Apollo Server plugin that records requests, latency and error codes. */
  plugin(): ApolloServerPlugin {
    const { duration, requests, errors: errorCount } = this;
    return {
      async requestDidStart() {
        const end = duration.startTimer();
        requests.inc();
        return {
          async willSendResponse(ctx) {
            end();
            const body = ctx.response.body;
            const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
            for (const e of errors ?? []) {
              errorCount.inc({ code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
            }
          },
        };
      },
    };
  }
}
