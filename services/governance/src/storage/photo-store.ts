import { createHash, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { settings, type PhotoStorage } from '../settings';

/**
 * Where photo bytes live. Keys are the service's own (`<id>.<ext>`): a photo is written once
 * and never changed, so a store needs no update or listing. It is removed only when the worker
 * who took it closes their account (a photo may show faces or number plates).
 */
export interface PhotoStore {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when the store has none under that key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the bytes; removing what the store does not hold is no error, so a retry is safe. */
  delete(key: string): Promise<void>;
}

const KEY = /^[0-9a-f-]{36}\.(jpg|png|webp)$/;
function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`not a photo key: ${key}`);
  return key;
}

/** Files under a directory, written to a temporary name and renamed, so a reader never sees half a photo. */
export class LocalPhotoStore implements PhotoStore {
  constructor(readonly dir: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = path.join(this.dir, checkKey(key));
    await fs.mkdir(this.dir, { recursive: true });
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(path.join(this.dir, checkKey(key)));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(path.join(this.dir, checkKey(key)), { force: true });
  }
}

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding of one path segment, as Signature Version 4 wants it. */
const encodeSegment = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export interface SigV4Request {
  method: string;
  host: string;
  /** The path, already encoded (e.g. /bucket/key.jpg). */
  path: string;
  /** Headers to sign besides host, x-amz-date and x-amz-content-sha256 (lower-case names). */
  headers?: Record<string, string>;
  payloadHash: string;
  /** YYYYMMDD'T'HHMMSS'Z'. */
  amzDate: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * AWS Signature Version 4 for S3 (the header form, an unsigned-query request): the headers a
 * request needs, Authorization included. Written from the published algorithm; the tests check
 * it against AWS's own worked example.
 */
export function signS3(req: SigV4Request): Record<string, string> {
  const headers: Record<string, string> = {
    ...req.headers,
    host: req.host,
    'x-amz-content-sha256': req.payloadHash,
    'x-amz-date': req.amzDate,
  };
  const names = Object.keys(headers).sort();
  const canonicalHeaders = names.map((n) => `${n}:${headers[n]!.trim()}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = [req.method, req.path, '', canonicalHeaders, signedHeaders, req.payloadHash].join('\n');
  const day = req.amzDate.slice(0, 8);
  const scope = `${day}/${req.region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', req.amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${req.secretAccessKey}`, day), req.region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${req.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}

/** `20130524T000000Z` for an instant. */
export const amzDateOf = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * An S3-compatible bucket (AWS S3, MinIO, and the S3 APIs of Chinese clouds), addressed by
 * path (`<endpoint>/<bucket>/<prefix><key>`) so that any endpoint works without DNS per bucket.
 * PutObject and GetObject only, signed with Signature Version 4.
 */
export class S3PhotoStore implements PhotoStore {
  constructor(
    readonly cfg: Extract<PhotoStorage, { kind: 's3' }>,
    private readonly fetchFn: typeof fetch = fetch,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private request(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Buffer, contentType?: string) {
    const base = new URL(this.cfg.endpoint);
    const objectPath = `${base.pathname.replace(/\/+$/, '')}/${encodeSegment(this.cfg.bucket)}/${`${this.cfg.prefix}${checkKey(key)}`.split('/').map(encodeSegment).join('/')}`;
    const headers = signS3({
      method,
      host: base.host,
      path: objectPath,
      headers: body ? { 'content-type': contentType!, 'content-length': String(body.length) } : {},
      payloadHash: body ? sha256Hex(body) : sha256Hex(''),
      amzDate: amzDateOf(this.now()),
      region: this.cfg.region,
      accessKeyId: this.cfg.accessKeyId,
      secretAccessKey: this.cfg.secretAccessKey,
    });
    delete headers.host;
    return this.fetchFn(`${base.origin}${objectPath}`, { method, headers, body: body ? new Uint8Array(body) : undefined });
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const res = await this.request('PUT', key, bytes, contentType);
    if (!res.ok) throw new Error(`photo store: PUT ${key} answered ${res.status}`);
    await res.arrayBuffer();
  }

  async get(key: string): Promise<Buffer | null> {
    const res = await this.request('GET', key);
    if (res.status === 404) {
      await res.arrayBuffer();
      return null;
    }
    if (!res.ok) throw new Error(`photo store: GET ${key} answered ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }

  /** DeleteObject answers 204 whether or not the key existed; some S3-compatible stores answer 404 for a missing one. */
  async delete(key: string): Promise<void> {
    const res = await this.request('DELETE', key);
    await res.arrayBuffer();
    if (!res.ok && res.status !== 404) throw new Error(`photo store: DELETE ${key} answered ${res.status}`);
  }
}

export function photoStoreOf(storage: PhotoStorage): PhotoStore {
  return storage.kind === 's3' ? new S3PhotoStore(storage) : new LocalPhotoStore(storage.dir);
}

let current: PhotoStore | undefined;

/** The service's photo store, from its settings, made the first time it is needed. */
export function photoStore(): PhotoStore {
  return (current ??= photoStoreOf(settings().photoStorage));
}
