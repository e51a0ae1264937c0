import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LocalPhotoStore, S3PhotoStore, signS3 } from '../../src/storage/photo-store';

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('Signature Version 4 for S3', () => {
  it('signs AWS’s own worked example (GET Object with a Range) to the published signature', () => {
    const headers = signS3({
      method: 'GET',
      host: 'examplebucket.s3.amazonaws.com',
      path: '/test.txt',
      headers: { range: 'bytes=0-9' },
      payloadHash: EMPTY_SHA256,
      amzDate: '20130524T000000Z',
      region: 'us-east-1',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe('the S3-compatible store', () => {
  /** A bucket in memory that checks each request's signature as S3 would, from what it received. */
  let server: http.Server;
  let endpoint: string;
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seen: { method: string; url: string; ok: boolean }[] = [];
  const secret = 'test-secret-key';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const auth = String(req.headers.authorization ?? '');
        const signed = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(';') ?? [];
        const extra: Record<string, string> = {};
        for (const h of signed) if (!['host', 'x-amz-date', 'x-amz-content-sha256'].includes(h)) extra[h] = String(req.headers[h]);
        const expected = signS3({
          method: req.method!,
          host: String(req.headers.host),
          path: req.url!,
          headers: extra,
          payloadHash: String(req.headers['x-amz-content-sha256']),
          amzDate: String(req.headers['x-amz-date']),
          region: 'cn-north-1',
          accessKeyId: 'AKTEST',
          secretAccessKey: secret,
        }).authorization;
        const hashOk = req.method !== 'PUT' || createHash('sha256').update(body).digest('hex') === req.headers['x-amz-content-sha256'];
        const ok = expected === auth && hashOk;
        seen.push({ method: req.method!, url: req.url!, ok });
        if (!ok) return res.writeHead(403).end('SignatureDoesNotMatch');
        if (req.method === 'PUT') {
          objects.set(req.url!, { body, type: String(req.headers['content-type']) });
          return res.writeHead(200).end();
        }
        const found = objects.get(req.url!);
        if (!found) return res.writeHead(404).end('NoSuchKey');
        res.writeHead(200, { 'content-type': found.type }).end(found.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const cfg = () => ({ kind: 's3' as const, endpoint, bucket: 'nef-photos', region: 'cn-north-1', accessKeyId: 'AKTEST', secretAccessKey: secret, prefix: 'report-photos/' });
  const key = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.jpg';

  it('puts and gets an object by path, signed, under the prefix', async () => {
    const store = new S3PhotoStore(cfg());
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]);
    await store.put(key, bytes, 'image/jpeg');
    expect(await store.get(key)).toEqual(bytes);
    expect(objects.get(`/nef-photos/report-photos/${key}`)).toEqual({ body: bytes, type: 'image/jpeg' });
    expect(await store.get('0193a1b2-c3d4-7e5f-8a9b-000000000000.png')).toBeNull();
    expect(seen.every((r) => r.ok)).toBe(true);
  });

  it('fails loudly when the bucket refuses (a wrong secret)', async () => {
    const store = new S3PhotoStore({ ...cfg(), secretAccessKey: 'wrong' });
    await expect(store.put(key, Buffer.from('x'), 'image/jpeg')).rejects.toThrow(/answered 403/);
  });

  it('refuses keys that are not its own', async () => {
    await expect(new S3PhotoStore(cfg()).get('../etc/passwd')).rejects.toThrow(/not a photo key/);
  });
});

describe('the local store', () => {
  it('writes whole files under its directory and reads them back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-photos-'));
    const store = new LocalPhotoStore(path.join(dir, 'nested'));
    const key = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.png';
    await store.put(key, Buffer.from('png bytes'));
    expect(await store.get(key)).toEqual(Buffer.from('png bytes'));
    expect(fs.readdirSync(path.join(dir, 'nested'))).toEqual([key]);
    expect(await store.get('0193a1b2-c3d4-7e5f-8a9b-000000000000.png')).toBeNull();
    await expect(store.put('../escape.jpg', Buffer.from('x'))).rejects.toThrow(/not a photo key/);
    fs.rmSync(dir, { recursive: true });
  });
});
