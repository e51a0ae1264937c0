import { randomBytes } from 'node:crypto';
import { createClient } from '@redis/client';
import type { Logger } from '@nef/kit';
import type { VersionTracker } from './versions';

// Takes the lease when free, or renews it when this process holds it; 1 when it is held after.
const LEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0
`;

// Gives the lease up when this process holds it: a process that stops hands over at once.
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** What travels on the channel: one subgraph's data versions, as one process learnt them. */
interface VersionsMessage {
  from: string;
  subgraph: string;
  versions: Record<string, number>;
}

/** What this module uses of a Redis client. */
interface SharedClient {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  publish(channel: string, message: string): Promise<unknown>;
  subscribe(channel: string, listener: (message: string) => void): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Data versions shared by every gateway process through Redis. One process at a time holds a
 * short lease and polls the subgraphs' /versions for all; every process publishes what it
 * learns (the poll, and versions a subgraph answer raised, as after a mutation), and every
 * process feeds its tracker from the channel. A lost leader or a lost Redis costs freshness
 * (the tracker stops trusting a subgraph it has not heard from), never correctness; while Redis
 * does not answer, a process polls for itself.
 */
export class SharedVersions {
  private readonly id = randomBytes(8).toString('hex');

  private constructor(
    private readonly commands: SharedClient,
    private readonly subscriber: SharedClient,
    private readonly tracker: VersionTracker,
    private readonly prefix: string,
    private readonly leaseMs: number,
    private readonly log: Logger,
  ) {}

  static async connect(
    url: string,
    tracker: VersionTracker,
    log: Logger,
    opts: { /** Key and channel prefix. */ prefix?: string; /** How long a lease lasts unless renewed. */ leaseMs?: number } = {},
  ): Promise<SharedVersions> {
    const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(retries * 200, 2000) } });
    client.on('error', (err) => log.debug({ err }, 'shared data versions: Redis error'));
    const subscriber = client.duplicate();
    subscriber.on('error', (err) => log.debug({ err }, 'shared data versions: Redis subscriber error'));
    await Promise.all([client.connect(), subscriber.connect()]);
    const shared = new SharedVersions(
      client as unknown as SharedClient,
      subscriber as unknown as SharedClient,
      tracker,
      opts.prefix ?? 'nef:versions:',
      opts.leaseMs ?? 2_000,
      log,
    );
    await shared.subscriber.subscribe(shared.channel, (message) => shared.receive(message));
    tracker.onLearn = (subgraph, versions) => shared.publish(subgraph, versions);
    return shared;
  }

  private get channel(): string {
    return `${this.prefix}channel`;
  }

  /** True when this process holds the polling lease now (taken or renewed), or cannot tell. */
  async shouldPoll(): Promise<boolean> {
    try {
      const held = await this.commands.eval(LEASE_SCRIPT, { keys: [`${this.prefix}lease`], arguments: [this.id, String(this.leaseMs)] });
      return held === 1;
    } catch (err) {
      this.log.debug({ err }, 'shared data versions: lease not reached, polling alone');
      return true;
    }
  }

  private publish(subgraph: string, versions: ReadonlyMap<string, number>): void {
    const message: VersionsMessage = { from: this.id, subgraph, versions: Object.fromEntries(versions) };
    this.commands.publish(this.channel, JSON.stringify(message)).catch((err: unknown) => this.log.debug({ err }, 'shared data versions: not published'));
  }

  private receive(raw: string): void {
    let message: VersionsMessage;
    try {
      message = JSON.parse(raw) as VersionsMessage;
    } catch {
      return;
    }
    if (message.from === this.id || typeof message.subgraph !== 'string' || typeof message.versions !== 'object' || !message.versions) return;
    const versions = new Map(Object.entries(message.versions).filter((e): e is [string, number] => Number.isSafeInteger(e[1])));
    this.tracker.receive(message.subgraph, versions);
  }

  async close(): Promise<void> {
    this.tracker.onLearn = undefined;
    await this.commands.eval(RELEASE_SCRIPT, { keys: [`${this.prefix}lease`], arguments: [this.id] }).catch(() => undefined);
    await Promise.all([this.subscriber.close(), this.commands.close()]).catch(() => undefined);
  }
}
