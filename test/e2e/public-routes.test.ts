/**
 * The public GET routes the gateway passes through to a service, on the real processes: the
 * Open Referral (HSDS) station export, a certificate's check (the link its QR code carries),
 * and what each answers when its service is down.
 */
import { STARTUP_TIMEOUT_MS, startStack, type Stack } from '../support/stack';

let stack: Stack;
let base: string;

beforeAll(async () => {
  stack = await startStack();
  base = stack.gatewayUrl.replace(/\/graphql$/, '');
}, STARTUP_TIMEOUT_MS);
afterAll(() => stack?.stop());

describe('public routes through the gateway', () => {
  it('exports the stations as HSDS 3.0, one service per station the GraphQL API lists', async () => {
    const res = await fetch(`${base}/stations.hsds.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { hsds_version: string; total_items: number; contents: { id: string; name: string }[] };
    const listed = (await stack.client().request<{ stations: { totalCount: number; edges: { node: { id: string; name: string } }[] } }>(
      '{ stations(first: 100) { totalCount edges { node { id name } } } }',
    )).stations;
    expect(body.hsds_version).toMatch(/^3\./);
    expect(body.total_items).toBe(listed.totalCount);
    expect(body.contents.map((s) => s.name).sort()).toEqual(listed.edges.map((e) => e.node.name).sort());
    // Conditional: the same layer again is 304 without a body.
    const again = await fetch(`${base}/stations.hsds.json`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('checks a certificate by number, and says 404 for one that does not exist', async () => {
    const ok = await fetch(`${base}/certificate?number=TRN-DEMO000000000001`);
    expect(ok.status).toBe(200);
    const cert = (await ok.json()) as { status: string; holderName: string };
    expect(cert.status).toBe('VALID');
    // The public check never shows a whole name.
    expect(cert.holderName).toBe('王*');
    expect((await fetch(`${base}/certificate?number=TRN-NOSUCH000000000`)).status).toBe(404);
    expect((await fetch(`${base}/certificate`)).status).toBe(400);
  });

  it('shows a browser the certificate check as a page in its language, and an API client JSON', async () => {
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const page = await fetch(`${base}/certificate?number=TRN-DEMO000000000001`, { headers: { accept: browser, 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('vary')).toBe('Accept, Accept-Language');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-language')).toBe('zh-CN');
    const html = await page.text();
    expect(html).toContain('<title>结业证书核验</title>');
    expect(html).toContain('<dt>持证人</dt><dd>王*</dd>');
    expect(html).toMatch(/<strong>有效<\/strong>/);
    const english = await fetch(`${base}/certificate?number=TRN-NOSUCH000000000`, { headers: { accept: browser, 'accept-language': 'en' } });
    expect(english.status).toBe(404);
    expect(english.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await english.text()).toContain('No such certificate');
    for (const accept of ['application/json', '*/*']) {
      const api = await fetch(`${base}/certificate?number=TRN-DEMO000000000001`, { headers: { accept, 'accept-language': 'zh-CN' } });
      expect(api.status).toBe(200);
      expect(api.headers.get('content-type')).toMatch(/^application\/json/);
      expect(api.headers.get('vary')).toBe('Accept, Accept-Language');
      expect(await api.json()).toMatchObject({ number: 'TRN-DEMO000000000001', status: 'VALID', holderName: '王*' });
    }
  });

  it('answers 503 SERVICE_UNAVAILABLE naming the service while it is down, and serves again once it is back', async () => {
    await stack.kill('training');
    const down = await fetch(`${base}/certificate?number=TRN-DEMO000000000001`);
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    expect(((await down.json()) as { errors: { extensions: { code: string; service: string } }[] }).errors[0]!.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      service: 'training',
    });
    await stack.restart('training');
    expect((await fetch(`${base}/certificate?number=TRN-DEMO000000000001`)).status).toBe(200);
  }, STARTUP_TIMEOUT_MS);
});
