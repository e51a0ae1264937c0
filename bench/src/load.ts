import autocannon from 'autocannon';
import type { Target, Workload } from './workloads';

export interface Figures {
  operation: string;
  target: Target;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers that were not a clean 2xx GraphQL result: connection errors, non-2xx, or `errors` in the body. */
  failed: number;
}

/**
 * Drives one operation against one URL for `seconds` with `connections` concurrent
 * connections, each request built afresh by the workload (`next()` numbers them across the
 * warm-up and the measured run so that nothing repeats that must not).
 */
export async function drive(opts: {
  url: string;
  workload: Workload;
  target: Target;
  seconds: number;
  connections: number;
  next: () => number;
}): Promise<Figures> {
  const { workload, target } = opts;
  const result = await autocannon({
    url: opts.url,
    method: 'POST',
    connections: opts.connections,
    duration: opts.seconds,
    timeout: 30,
    requests: [
      {
        setupRequest(req: autocannon.Request) {
          const r = workload.request(opts.next(), target);
          return { ...req, method: 'POST', body: r.body, headers: r.headers };
        },
      },
    ],
    // A GraphQL error in a 200 answer is a failure too: a fast wrong answer must not count.
    verifyBody: (body) => body !== undefined && !String(body).includes('"errors"'),
  });
  return {
    operation: workload.name,
    target,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failed: result.errors + result.non2xx + result.mismatches,
  };
}
