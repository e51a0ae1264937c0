import type { IncomingMessage } from 'node:http';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
export type { Span } from '@opentelemetry/api';
import type { AfterQueryEvent, BeforeQueryEvent, EntitySubscriberInterface, QueryRunner } from 'typeorm';

/**
 * OpenTelemetry tracing, W3C trace context across processes and OTLP/HTTP (JSON) out.
 *
 * Off unless OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set: then
 * nothing is registered, the API's no-op tracer answers the gateway library's own spans, and
 * the HTTP handler and the database skip their hooks, so a process without a collector pays
 * one boolean test per request. OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none turn it
 * off even with an endpoint. The exporter reads the other standard OTEL_EXPORTER_OTLP_*
 * variables (headers, timeout) itself, and the batch processor OTEL_BSP_*.
 *
 * Spans: the gateway's request (`graphql <operation>`, server kind) with the gateway library's
 * own (`gateway.request`, `gateway.plan`, `gateway.execute`, one `gateway.fetch` per subgraph
 * fetch); each subgraph's request (server kind, continuing the gateway's `traceparent`); and a
 * span per SQL statement under it (`db.system`, `db.statement` without values, truncated).
 */

let enabled = false;
let provider: NodeTracerProvider | undefined;

/** The instrumentation scope of every span made here. */
const tracer = () => trace.getTracer('@nef/kit');

/** Whether a tracer provider is registered in this process. */
export function tracingEnabled(): boolean {
  return enabled;
}

/**
 * Starts tracing for this process when the environment asks for it; call it first in a
 * process's main. `service` names the process (`service.name`) unless OTEL_SERVICE_NAME does.
 * Idempotent. Spans still buffered are flushed on SIGINT/SIGTERM, while the process drains.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (provider) return true;
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint || env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none') return false;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // The AsyncLocalStorage context manager and the W3C trace-context (and baggage) propagator.
  provider.register();
  enabled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      const flushed = provider?.forceFlush().catch(() => undefined) ?? Promise.resolve();
      // A process with no handler of its own (still starting) ends on the signal as it would have.
      if (process.listenerCount(signal) === 0) void flushed.finally(() => process.kill(process.pid, signal));
    });
  }
  return true;
}

/** Sends what is buffered and stops; for tests and orderly exits. */
export async function stopTracing(): Promise<void> {
  const stopping = provider;
  provider = undefined;
  enabled = false;
  await stopping?.shutdown();
}

/**
 * Runs an HTTP request's work in a server span that continues the caller's `traceparent`, if
 * any. Every caller's trace context is continued, the gateway's public callers' included: a
 * trace started by a partner's client then shows the whole request. What a caller can do with
 * that is choose its trace id and whether it is sampled (under a parent-based sampler), nothing
 * more; the span itself is always made here.
 */
export function withServerSpan<T>(req: IncomingMessage, name: string, fn: (span: Span) => Promise<T>): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  return tracer().startActiveSpan(
    name,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'GET', 'url.path': (req.url ?? '/').split('?')[0] } },
    parent,
    async (span) => {
      try {
        return await fn(span);
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    },
  );
}

/** Names a request's span after its GraphQL operation once the body is read. */
export function nameOperation(span: Span, operationName: unknown): void {
  if (typeof operationName !== 'string' || operationName.length === 0) return;
  span.updateName(`graphql ${operationName.slice(0, 100)}`);
  span.setAttribute('graphql.operation.name', operationName.slice(0, 100));
}

/** Adds the active span's `traceparent` (and `tracestate`) to outgoing headers; a no-op when tracing is off. */
export function injectTraceContext(headers: Record<string, string>): void {
  if (enabled) propagation.inject(context.active(), headers);
}

/** How much of a statement a span keeps. */
export const MAX_STATEMENT_CHARS = 300;

/**
 * A TypeORM subscriber making one client span per SQL statement, under the span active when
 * the statement was sent (the subgraph's request). Statements carry their values as bound
 * parameters, which are never recorded; the text is cut at MAX_STATEMENT_CHARS.
 */
export function sqlSpans(engine: 'sqlite' | 'mysql'): EntitySubscriberInterface {
  // A runner sends one statement at a time, except in a transaction's Promise.all: matched by text.
  const open = new WeakMap<QueryRunner, { query: string; span: Span }[]>();
  return {
    beforeQuery(event: BeforeQueryEvent) {
      const span = tracer().startSpan(`${engine} ${verbOf(event.query)}`, {
        kind: SpanKind.CLIENT,
        attributes: { 'db.system': engine, 'db.statement': event.query.slice(0, MAX_STATEMENT_CHARS) },
      });
      const list = open.get(event.queryRunner) ?? [];
      list.push({ query: event.query, span });
      open.set(event.queryRunner, list);
    },
    afterQuery(event: AfterQueryEvent) {
      const list = open.get(event.queryRunner);
      const at = list?.findIndex((o) => o.query === event.query) ?? -1;
      if (!list || at < 0) return;
      const [{ span }] = list.splice(at, 1);
      if (!event.success) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}

function verbOf(query: string): string {
  return /^\s*(\w+)/.exec(query)?.[1]?.toUpperCase() ?? 'SQL';
}
