import type { Domain, Logger } from '@nef/kit';

/**
 * What this gateway process knows of each subgraph's data versions: raised by every subgraph
 * answer (`x-nef-versions`) and by a poll of each subgraph's /versions every second, which is
 * how writes made elsewhere (another gateway process, a replica, a command) reach it. With
 * Redis, the processes share one poll and each other's answers (shared-versions.ts).
 */
export class VersionTracker {
  private readonly known = new Map<string, number>();
  private readonly heardAt = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  /**
   * Told of versions this process learnt itself: every poll, and a subgraph answer that moved
   * a version forward (see shared-versions.ts: other gateway processes hear of them).
   */
  onLearn: ((subgraph: string, versions: ReadonlyMap<string, number>) => void) | undefined;

  constructor(
    /** A subgraph not heard from for this long makes its cached answers count as stale. */
    private readonly maxSilenceMs = 3_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records versions a subgraph reported; they only ever move forward. */
  update(subgraph: string, versions: ReadonlyMap<string, number>): void {
    if (this.receive(subgraph, versions)) this.onLearn?.(subgraph, versions);
  }

  /** Records versions another gateway process learnt (not passed on again); true when one moved forward. */
  receive(subgraph: string, versions: ReadonlyMap<string, number>): boolean {
    let raised = false;
    for (const [ns, v] of versions) {
      const key = `${subgraph}/${ns}`;
      if (v > (this.known.get(key) ?? -1)) {
        this.known.set(key, v);
        raised = true;
      }
    }
    this.heardAt.set(subgraph, this.now());
    return raised;
  }

  /** `subgraph/namespace` -> version, for an answer about to be stored. */
  versionOf(subgraph: string, ns: string): number | undefined {
    return this.known.get(`${subgraph}/${ns}`);
  }

  /** True while every version the answer was computed at is still the latest known, and recently confirmed. */
  isCurrent(deps: ReadonlyMap<string, number>): boolean {
    const now = this.now();
    for (const [key, v] of deps) {
      if (this.known.get(key) !== v) return false;
      const subgraph = key.slice(0, key.indexOf('/'));
      if (now - (this.heardAt.get(subgraph) ?? -Infinity) > this.maxSilenceMs) return false;
    }
    return true;
  }

  /**
   * Polls every subgraph's /versions; stops with `stop()`. With `shouldPoll`, a round is skipped
   * when it answers false (another process polls for this one and shares what it reads).
   */
  startPolling(
    urlOf: (name: Domain) => string,
    subgraphs: readonly Domain[],
    log: Logger,
    intervalMs = 1_000,
    shouldPoll: () => Promise<boolean> = () => Promise.resolve(true),
  ): void {
    this.pollOnce = (names = subgraphs) => Promise.all(names.map((name) => this.poll(urlOf, name, log, intervalMs))).then(() => undefined);
    const round = async () => {
      if (await shouldPoll()) await this.pollOnce!();
    };
    this.timer = setInterval(() => void round(), intervalMs);
    this.timer.unref();
    void round();
  }

  /**
   * Reads the subgraphs' versions now, outside the round (set by startPolling): after a write this
   * process made other than through a subgraph's GraphQL answer (a worker's account closed), so
   * that its own next answers do not come from before it.
   */
  pollOnce: ((names?: readonly Domain[]) => Promise<void>) | undefined;

  private async poll(urlOf: (name: Domain) => string, name: Domain, log: Logger, timeoutMs: number): Promise<void> {
    try {
      const res = await fetch(urlOf(name).replace(/\/graphql$/, '/versions'), { signal: AbortSignal.timeout(timeoutMs) });
      if (!res.ok) return;
      const body = (await res.json()) as Record<string, unknown>;
      const versions = new Map(Object.entries(body).filter((e): e is [string, number] => Number.isSafeInteger(e[1])));
      // Passed on even when nothing moved: it tells the other processes the subgraph was heard from.
      this.receive(name, versions);
      this.onLearn?.(name, versions);
    } catch (err) {
      log.debug({ err, subgraph: name }, 'data versions not polled');
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
