import type cluster from 'node:cluster';
import type { Bucket, BucketStore, Take } from './store';

/**
 * Token buckets shared by the processes of one gateway (Node cluster) without Redis: the
 * primary process holds the buckets in memory and every worker asks it over the IPC channel.
 * One owner per bucket keeps the limits exact however many workers there are; the cost is one
 * message each way per operation.
 */

interface TakeRequest {
  type: 'nef:ratelimit:take';
  id: number;
  key: string;
  cost: number;
  bucket: Bucket;
}
interface TakeReply {
  type: 'nef:ratelimit:taken';
  id: number;
  take?: Take;
  error?: string;
}

/** The worker's side: sends each take to the primary and waits for its answer. */
export class IpcBucketStore implements BucketStore {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (t: Take) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  private readonly onMessage = (msg: unknown) => {
    const reply = msg as TakeReply;
    if (reply?.type !== 'nef:ratelimit:taken') return;
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    clearTimeout(waiting.timer);
    if (reply.take) waiting.resolve(reply.take);
    else waiting.reject(new Error(reply.error ?? 'rate limit store failed'));
  };

  constructor(
    private readonly channel: Pick<NodeJS.Process, 'send' | 'on' | 'off'> = process,
    private readonly timeoutMs = 1000,
  ) {
    if (!channel.send) throw new Error('IpcBucketStore needs an IPC channel to the primary process');
    channel.on('message', this.onMessage);
  }

  take(key: string, cost: number, bucket: Bucket): Promise<Take> {
    const id = this.nextId++;
    return new Promise<Take>((resolve, reject) => {
      // The limiter fails open on an error: a primary that does not answer must not hang requests.
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`the primary process did not answer a rate-limit take in ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      const request: TakeRequest = { type: 'nef:ratelimit:take', id, key, cost, bucket };
      this.channel.send!(request, undefined, undefined, (err) => {
        if (!err) return;
        this.pending.delete(id);
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  async close(): Promise<void> {
    this.channel.off('message', this.onMessage);
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(new Error('rate limit store closed'));
    }
    this.pending.clear();
  }
}

/** The primary's side: answers the workers' takes from one store (memory, normally). */
export function serveBucketsToWorkers(store: BucketStore, workers: Pick<typeof cluster, 'on'>): void {
  workers.on('message', (worker, msg: unknown) => {
    const request = msg as TakeRequest;
    if (request?.type !== 'nef:ratelimit:take') return;
    store.take(request.key, request.cost, request.bucket).then(
      (take) => reply(worker, { type: 'nef:ratelimit:taken', id: request.id, take }),
      (err: Error) => reply(worker, { type: 'nef:ratelimit:taken', id: request.id, error: err.message }),
    );
  });
}

function reply(worker: { isConnected(): boolean; send(msg: unknown): boolean }, msg: TakeReply) {
  // A worker that has just exited cannot be answered; its request died with it.
  if (worker.isConnected()) worker.send(msg);
}
