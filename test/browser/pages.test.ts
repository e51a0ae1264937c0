import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Env, createLogger } from '@nef/kit';
import { TEST_PRINCIPAL_ENV } from '@nef/kit/testing';
import { loadConfig } from '../../gateway/src/config';
import { hashKey } from '../../gateway/src/keys';
import { buildGateway, type Gateway } from '../../gateway/src/server';

/** The pages' switches and HTTP headers, on a gateway alone (no subgraphs, no browser). */
describe('the playground and dashboard pages', () => {
  const log = createLogger('gateway', 'silent');
  const gateways: Gateway[] = [];
  afterAll(() => Promise.all(gateways.map((g) => g.stop())));

  async function start(vars: Record<string, string>): Promise<string> {
    const gateway = await buildGateway(loadConfig(new Env({ RATE_LIMIT_PER_MINUTE: '0', ...vars })), log);
    gateways.push(gateway);
    return (await gateway.listen(0, '127.0.0.1')).replace(/\/graphql$/, '');
  }
  const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
  const production = () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nef-keys-')), 'keys.json');
    fs.writeFileSync(file, JSON.stringify([{ id: 'dash', sha256: hashKey('a-real-dashboard-key'), role: 'dashboard' }]));
    return { NODE_ENV: 'production', ...TEST_PRINCIPAL_ENV.gateway, API_KEYS_FILE: file };
  };

  it('in development: GraphiQL for browsers at /graphql, the dashboard, bundles cached for a year', async () => {
    const base = await start({});
    const page = await fetch(`${base}/graphql`, { headers: html });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const body = await page.text();
    expect(body).toContain('"demoKeys":true');
    expect(body).not.toMatch(/https?:\/\//); // nothing from a CDN
    const script = /src="ui\/([^"]+\.js)"/.exec(body)![1]!;
    const asset = await fetch(`${base}/ui/${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await asset.text()).length).toBeGreaterThan(100_000);
    const again = await fetch(`${base}/ui/${script}`, { headers: { 'if-none-match': asset.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await fetch(`${base}/ui/nope.js`)).status).toBe(404);

    const dashboard = await (await fetch(`${base}/dashboard`, { headers: html })).text();
    expect(dashboard).toContain('"defaultKey":"demo-dashboard"');
    // API clients still reach Apollo at /graphql (its CSRF rules included); no landing page there.
    const api = await fetch(`${base}/graphql?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await api.json()).toEqual({ data: { __typename: 'Query' }, extensions: expect.anything() });
    expect((await fetch(`${base}/graphql`, { headers: { accept: 'application/json' } })).status).toBe(400);
  });

  it('in production: no playground unless PLAYGROUND=true, the dashboard unless DASHBOARD=false, no demo key prefilled', async () => {
    const base = await start(production());
    const page = await fetch(`${base}/graphql`, { headers: html });
    expect(page.headers.get('content-type')).not.toMatch(/text\/html/);
    const dashboard = await fetch(`${base}/dashboard`, { headers: html });
    expect(dashboard.status).toBe(200);
    const body = await dashboard.text();
    expect(body).toContain('"defaultKey":""');
    expect(body).toContain('"playground":false');

    const on = await start({ ...production(), PLAYGROUND: 'true', DASHBOARD: 'false' });
    const playground = await fetch(`${on}/graphql`, { headers: html });
    expect(playground.status).toBe(200);
    expect(await playground.text()).toContain('"demoKeys":false,"introspection":false,"dashboard":false');
    expect((await fetch(`${on}/dashboard`, { headers: html })).status).toBe(404);
  });
});
