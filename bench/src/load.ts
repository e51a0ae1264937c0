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
  /** CPU milliseconds the target gateway's process(es) spent per request during the run (Linux only; not for the subgraph alone). */
  gatewayCpuMsPerRequest?: number;
  /** Requests per second of gateway CPU (requests / the gateway's CPU seconds): the figure the public gateway benchmarks compare. */
  requestsPerGatewayCoreSecond?: number;
  /** CPU milliseconds each process of the stack spent per request during the run (Linux only). */
  cpuMsPerRequest?: Record<string, number>;
  /** With several runs: each run's requests/s (the figures above are the median run's). */
  runs?: number[];
  /** Requests each subgraph received per request sent during the run. */
  subgraphRequestsPerRequest?: Record<string, number>;
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
  // Answers that were someone else's: the right shape, but for another worker or course.
  let misdirected = 0;
  const result = await autocannon({
    url: opts.url,
    method: 'POST',
    connections: opts.connections,
    duration: opts.seconds,
    timeout: 30,
    requests: [
      {
        setupRequest(req: autocannon.Request, context: object) {
          const n = opts.next();
          (context as { n?: number }).n = n;
          const r = workload.request(n, target);
          // autocannon writes content-length into the headers it is given: a copy each time.
          return { ...req, method: 'POST', body: r.body, headers: { ...r.headers } };
        },
        onResponse(status: number, body: string, context: object) {
          if (status >= 200 && status < 300 && workload.mustContainFor && !String(body).includes(workload.mustContainFor((context as { n: number }).n, target))) misdirected++;
        },
      },
    ],
    // A GraphQL error in a 200 answer, or an answer without the data, is a failure too: a fast
    // wrong answer must not count.
    verifyBody: (body) => {
      const text = String(body ?? '');
      return !text.includes('"errors"') && text.includes(workload.mustContain);
    },
  });
  return {
    operation: workload.name,
    target,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failed: result.errors + result.non2xx + result.mismatches + misdirected,
  };
}
