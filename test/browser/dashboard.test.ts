import type { Response } from 'playwright-core';
import { startStack, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';
import { describeWithChromium, openBrowser, screenshot, type Session } from './browser';

const engine = process.env.TEST_DATABASE_URL ? 'mysql' : 'sqlite';

interface ChartSeries {
  id: string;
  series: { name?: string; data: number[] }[];
}

/** The city dashboard at /dashboard: real charts from the demo data through the public API. */
describeWithChromium('the dashboard in a browser', () => {
  let stack: Stack;
  let s: Session;
  const answers: { query: string; body: any }[] = [];
  beforeAll(async () => {
    stack = await startStack();
    s = await openBrowser();
    s.page.on('response', (res: Response) => {
      if (!res.url().endsWith('/graphql') || res.request().method() !== 'POST') return;
      const query = String(JSON.parse(res.request().postData() ?? '{}').query ?? '');
      void res.json().then((body) => answers.push({ query, body }), () => undefined);
    });
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await s?.close();
    await stack?.stop();
  });

  const ready = (district?: string) =>
    s.page.waitForSelector(`body[data-state="ready"]${district ? `[data-district="${district}"]` : ''}`, { timeout: 30_000 });

  it('shows Chaoyang’s charts and the districts table with the demo dashboard key', async () => {
    await s.page.goto(stack.gatewayUrl.replace(/\/graphql$/, '/dashboard'));
    expect(await s.page.inputValue('#key')).toBe('demo-dashboard');
    await ready();
    await s.page.selectOption('#district', '110105');
    await ready('110105');
    expect(await s.page.locator('#status').innerText()).toContain('朝阳区 Chaoyang');

    const rows = s.page.locator('#overview tbody tr');
    expect(await rows.count()).toBe(16);
    expect(await s.page.locator('#overview tbody tr.selected th').innerText()).toBe('朝阳区 Chaoyang');

    const charts: ChartSeries[] = await s.page.evaluate(() => (window as any).nefDashboard.series());
    expect(charts.map((c) => c.id)).toEqual(['stations24h', 'stationKinds', 'joined', 'training', 'reports', 'resolveHours']);
    for (const chart of charts) {
      const total = chart.series.flatMap((x) => x.data).reduce((a, b) => a + b, 0);
      expect({ chart: chart.id, positive: total > 0 }).toEqual({ chart: chart.id, positive: true });
      expect(await s.page.locator(`#chart-${chart.id} canvas`).count()).toBeGreaterThan(0);
    }
    const byId = Object.fromEntries(charts.map((c) => [c.id, c.series]));
    // The demo's Chaoyang: 6 stations, 1 open all day; 3 members joined in 2025 (March, May, July).
    expect(byId.stations24h![0]!.data).toEqual([1, 5]);
    expect(byId.joined![0]!.data.reduce((a, b) => a + b, 0)).toBe(3);
    expect(byId.training!.map((x) => x.data.reduce((a, b) => a + b, 0))).toEqual([4, 2]);
    await screenshot(s.page, `dashboard-chaoyang-${engine}`);
  });

  it('stays within the gateway’s operation limits', () => {
    expect(answers.length).toBeGreaterThan(0);
    for (const { query, body } of answers) {
      expect({ query: query.slice(0, 40), cost: body.extensions?.cost?.requested <= 5000 }).toEqual({ query: query.slice(0, 40), cost: true });
      expect((body.errors ?? []).filter((e: any) => e.extensions?.code !== 'FORBIDDEN')).toEqual([]);
    }
  });

  it('shows only its own district to a district’s key, and says why a key is refused', async () => {
    await s.page.fill('#key', 'demo-chaoyang-dashboard');
    await s.page.click('#load');
    await ready('110105');
    expect(await s.page.locator('#overview tbody tr').count()).toBe(1);
    expect(await s.page.locator('#table-note').innerText()).toContain('15');
    expect(await s.page.locator('#district option').allInnerTexts()).toEqual(['朝阳区 Chaoyang']);

    await s.page.fill('#key', 'not-a-key');
    await s.page.click('#load');
    await s.page.waitForSelector('body[data-state="error"]');
    // The browser asks in Chinese (zh-CN), so the gateway's refusal comes in Chinese.
    expect(await s.page.locator('#status').innerText()).toContain('未知的API密钥');
  });

  it('loaded nothing from the internet and logged no errors but the refused key', () => {
    expect(s.external).toEqual([]);
    expect(s.problems.filter((p) => !/\b401\b/.test(p))).toEqual([]);
  });
});
