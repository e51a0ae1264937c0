import { EventEmitter } from 'node:events';
import { FetchCacheRecord } from '../src/cache/response-cache';
import { VersionTracker } from '../src/cache/versions';
import { IpcBucketStore, serveBucketsToWorkers } from '../src/ratelimit/ipc-store';
import { MemoryBucketStore } from '../src/ratelimit/store';

const versions = (o: Record<string, number>) => new Map(Object.entries(o));

describe("an operation's cache record", () => {
  it('may be kept for the shortest max age, with every namespace at the version the subgraph read', () => {
    const r = new FetchCacheRecord();
    r.add('stations', 'max-age=600; deps=stations', versions({ stations: 4, visits: 9 }));
    r.add('training', 'max-age=120; deps=training', versions({ training: 2 }));
    expect(r.maxAge).toBe(120);
    expect(r.deps).toEqual(versions({ 'stations/stations': 4, 'training/training': 2 }));
  });

  it('may not be kept when one answer says nothing, or names a namespace without its version, or there was none', () => {
    const personal = new FetchCacheRecord();
    personal.add('stations', 'max-age=600; deps=stations', versions({ stations: 4 }));
    personal.add('union', null, versions({ union: 1 }));
    expect(personal.maxAge).toBe(0);
    const unknown = new FetchCacheRecord();
    unknown.add('stations', 'max-age=600; deps=offers', versions({ stations: 4 }));
    expect(unknown.maxAge).toBe(0);
    expect(new FetchCacheRecord().maxAge).toBe(0);
  });
});

describe('the version tracker', () => {
  it('only moves forward, and calls an answer current while its versions are the newest known', () => {
    const now = 1_000;
    const t = new VersionTracker(3_000, () => now);
    t.update('stations', versions({ stations: 5 }));
    t.update('stations', versions({ stations: 4 })); // a late answer read before the write
    expect(t.versionOf('stations', 'stations')).toBe(5);
    expect(t.isCurrent(versions({ 'stations/stations': 5 }))).toBe(true);
    expect(t.isCurrent(versions({ 'stations/stations': 4 }))).toBe(false);
    t.update('stations', versions({ stations: 6 }));
    expect(t.isCurrent(versions({ 'stations/stations': 5 }))).toBe(false);
  });

  it('stops trusting a subgraph it has not heard from lately', () => {
    let now = 1_000;
    const t = new VersionTracker(3_000, () => now);
    t.update('union', versions({ union: 1 }));
    now += 2_000;
    expect(t.isCurrent(versions({ 'union/union': 1 }))).toBe(true);
    now += 2_000;
    expect(t.isCurrent(versions({ 'union/union': 1 }))).toBe(false);
  });
});

/** A pair of IPC endpoints in one process: what the worker sends, the primary receives, and back. */
function channelPair() {
  const toWorker = new EventEmitter();
  const primary = new EventEmitter();
  const worker = {
    isConnected: () => true,
    send: (msg: unknown) => {
      setImmediate(() => toWorker.emit('message', msg));
      return true;
    },
  };
  const channel = {
    send: (msg: unknown, _h: unknown, _o: unknown, cb?: (err: Error | null) => void) => {
      setImmediate(() => primary.emit('message', worker, msg));
      cb?.(null);
      return true;
    },
    on: (e: string, f: (...a: any[]) => void) => toWorker.on(e, f),
    off: (e: string, f: (...a: any[]) => void) => toWorker.off(e, f),
  };
  return { channel, primary };
}

describe('rate-limit buckets held by the primary process', () => {
  it('answers takes from several workers out of one bucket', async () => {
    const store = new MemoryBucketStore(() => 0);
    const a = channelPair();
    const b = channelPair();
    serveBucketsToWorkers(store, a.primary as any);
    serveBucketsToWorkers(store, b.primary as any);
    const wa = new IpcBucketStore(a.channel as any);
    const wb = new IpcBucketStore(b.channel as any);
    const bucket = { capacity: 10, refillPerSecond: 0.001 };
    const takes = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? wa : wb).take('k', 1, bucket)));
    expect(takes.filter((t) => t.allowed)).toHaveLength(10);
    await wa.close();
    await wb.close();
  });

  it('gives up after its timeout when the primary does not answer, so the limiter can fail open', async () => {
    const silent = { send: (_m: unknown, _h: unknown, _o: unknown, cb?: (e: Error | null) => void) => (cb?.(null), true), on: () => undefined, off: () => undefined };
    const w = new IpcBucketStore(silent as any, 50);
    await expect(w.take('k', 1, { capacity: 1, refillPerSecond: 1 })).rejects.toThrow(/did not answer/);
    await w.close();
  });
});
