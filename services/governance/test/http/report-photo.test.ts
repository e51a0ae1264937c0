import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { createLogger, newId, type Principal } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
// The gateway's route for photos, run against this service as the gateway runs it.
import { publicPassthroughRoute } from '../../../../gateway/src/public-passthrough';
import { as, service, submission, SUBMIT } from '../support';
import { gpsOfJpeg, jpeg } from '../photo-fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-governance-photos-'));
process.env.GOVERNANCE_PHOTO_DIR = dir;

let sg: TestSubgraph;
let gateway: http.Server;
let gatewayUrl: string;
const charged: { principal: Principal; cost: number }[] = [];
let budget = Infinity;

beforeAll(async () => {
  sg = await startTestSubgraph(service);
  const route = publicPassthroughRoute({
    service: 'governance',
    upstream: () => sg.url.replace(/\/graphql$/, '/report-photo'),
    authenticate: async () => ({ role: 'anonymous' }) as Principal,
    charge: async (principal, _req, cost) => {
      if (budget <= 0) throw new GraphQLError('rate limited', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 } });
      budget -= cost;
      charged.push({ principal, cost });
      return { remaining: budget };
    },
    log: createLogger('gateway-test'),
  });
  gateway = http.createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => gateway.close(() => resolve()));
  await sg?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('GET /report-photo through the gateway', () => {
  it('passes a report’s photo on as stored, charging one point, and refuses when the caller’s budget is spent', async () => {
    const worker = newId();
    const partner = as.partner('MEITUAN', worker);
    const photo = dataOf(await sg.query(`mutation($c: String!) { uploadReportPhoto(contentBase64: $c) { id path bytes } }`, { c: jpeg({ gps: true }).toString('base64') }, partner)).uploadReportPhoto;
    await sg.query(SUBMIT, { input: submission({ photoIds: [photo.id] }) }, partner);

    const res = await fetch(`${gatewayUrl}${photo.path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('ratelimit-remaining')).not.toBeNull();
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(photo.bytes);
    expect(gpsOfJpeg(bytes)).toBeNull();
    expect(charged.at(-1)).toMatchObject({ cost: 1 });

    expect((await fetch(`${gatewayUrl}/report-photo?id=${newId()}`)).status).toBe(404);
    expect((await fetch(`${gatewayUrl}${photo.path}`, { method: 'POST' })).status).toBe(405);

    budget = 0;
    const limited = await fetch(`${gatewayUrl}${photo.path}`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await limited.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    budget = Infinity;
  });
});
