import type { Domain, Logger, Readiness } from '@nef/kit';

export type SubgraphState = 'ready' | 'unavailable';

/**
 * The gateway's view of its subgraphs' readiness, for its own /readyz. Each subgraph's /readyz
 * is checked in the background (every `intervalMs`, each check bounded by `timeoutMs`), from
 * the first probe on, so that a probe answers at once from the latest round instead of
 * fanning out and waiting on every subgraph: probes under load, or many of them, stay fast
 * and cost the subgraphs nothing more. Only the very first probe waits for a round.
 */
export class SubgraphHealth {
  private readonly states = new Map<Domain, SubgraphState>();
  private firstRound: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly urlOf: (name: Domain) => string,
    private readonly subgraphs: readonly Domain[],
    private readonly log: Logger,
    private readonly opts: { intervalMs: number; timeoutMs: number } = { intervalMs: 1_000, timeoutMs: 2_000 },
  ) {}

  /**
   * `ready` while every subgraph is; `degraded` while some are not (the gateway still answers
   * the others' fields); `unavailable` while none is.
   */
  async readiness(): Promise<Readiness> {
    await (this.firstRound ??= this.loop());
    const subgraphs = Object.fromEntries(this.subgraphs.map((name) => [name, this.states.get(name) ?? 'unavailable'])) as Record<Domain, SubgraphState>;
    const up = this.subgraphs.filter((name) => subgraphs[name] === 'ready').length;
    const status = up === this.subgraphs.length ? 'ready' : up === 0 ? 'unavailable' : 'degraded';
    return { status, subgraphs };
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Runs one round and resolves; the next rounds follow in the background until `stop()`. */
  private async loop(): Promise<void> {
    if (this.stopped) return;
    await Promise.all(this.subgraphs.map((name) => this.check(name)));
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.loop(), this.opts.intervalMs);
    this.timer.unref();
  }

  private async check(name: Domain): Promise<void> {
    let state: SubgraphState;
    let reason: string | undefined;
    try {
      const res = await fetch(this.urlOf(name).replace(/\/graphql$/, '/readyz'), { signal: AbortSignal.timeout(this.opts.timeoutMs) });
      state = res.ok ? 'ready' : 'unavailable';
      if (!res.ok) reason = `answered ${res.status}`;
      await res.body?.cancel();
    } catch (err) {
      state = 'unavailable';
      const e = err as Error & { cause?: { code?: string } };
      reason = e.name === 'TimeoutError' ? `no answer in ${this.opts.timeoutMs} ms` : (e.cause?.code ?? e.message);
    }
    const before = this.states.get(name);
    this.states.set(name, state);
    if (state === before) return;
    if (state === 'unavailable') this.log.warn({ subgraph: name, reason }, 'subgraph not ready');
    else if (before) this.log.info({ subgraph: name }, 'subgraph ready again');
  }
}
