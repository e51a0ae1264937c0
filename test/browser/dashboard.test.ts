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

  const ready = (region?: string) =>
    s.page.waitForSelector(`body[data-state="ready"]${region ? `[data-region="${region}"]` : ''}`, { timeout: 30_000 });
  const rowNames = () => s.page.locator('#overview tbody tr th').allInnerTexts();
  const crumbNames = () => s.page.locator('#crumbs button').allInnerTexts();
  const charts = (): Promise<ChartSeries[]> => s.page.evaluate(() => (window as any).nefDashboard.series());

  it('starts at the nation with the demo dashboard key and drills down to Huizhou’s streets', async () => {
    await s.page.goto(stack.gatewayUrl.replace(/\/graphql$/, '/dashboard'));
    expect(await s.page.inputValue('#key')).toBe('demo-dashboard');
    await ready('100000');
    expect(await crumbNames()).toEqual(['中华人民共和国']);
    // The provinces with figures, in code order; the other 27 are counted in the note.
    expect(await rowNames()).toEqual(['北京市', '江苏省', '河南省', '广东省']);
    expect(await s.page.locator('#table-note').innerText()).toContain('27');

    const all = await charts();
    expect(all.map((c) => c.id)).toEqual(['stations24h', 'stationKinds', 'joined', 'training', 'reports', 'resolveHours']);
    for (const chart of all) {
      const total = chart.series.flatMap((x) => x.data).reduce((a, b) => a + b, 0);
      expect({ chart: chart.id, positive: total > 0 }).toEqual({ chart: chart.id, positive: true });
      expect(await s.page.locator(`#chart-${chart.id} canvas`).count()).toBeGreaterThan(0);
    }

    await s.page.click('#overview tbody tr[data-code="440000"]');
    await ready('440000');
    expect(await rowNames()).toEqual(['惠州市']);
    await s.page.click('#overview tbody tr[data-code="441300"]');
    await ready('441300');
    expect(await crumbNames()).toEqual(['中华人民共和国', '广东省', '惠州市']);
    expect(await rowNames()).toEqual(['惠城区', '博罗县']);
    // 惠城区: the drivers' service centre and 水岸城's warm station, open round the clock.
    const huicheng = s.page.locator('#overview tbody tr[data-code="441302"] td');
    expect((await huicheng.allInnerTexts()).slice(0, 2)).toEqual(['2', '1']);
    await s.page.click('#overview tbody tr[data-code="441302"]');
    await ready('441302');
    expect(await rowNames()).toEqual(['桥东街道', '三栋镇']);
    await s.page.click('#overview tbody tr[data-code="441302103"]');
    await ready('441302103');
    expect(await s.page.locator('#status').innerText()).toContain('三栋镇');
    // Back up by the path.
    await s.page.click('#crumbs button[data-code="440000"]');
    await ready('440000');
    await screenshot(s.page, `dashboard-guangdong-${engine}`);
  });

  it('shows Chaoyang’s charts from a link, with its streets in the table', async () => {
    await s.page.goto(stack.gatewayUrl.replace(/\/graphql$/, '/dashboard?region=110105'));
    await ready('110105');
    expect(await crumbNames()).toEqual(['中华人民共和国', '北京市', '北京市', '朝阳区']);
    expect(await s.page.locator('#status').innerText()).toContain('朝阳区');
    expect(await rowNames()).toEqual(expect.arrayContaining(['望京街道', '三里屯街道', '建外街道']));
    const byId = Object.fromEntries((await charts()).map((c) => [c.id, c.series]));
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

  it('starts a city’s key at its city and a county’s at its county, and says why a key is refused', async () => {
    await s.page.fill('#key', 'demo-huizhou-dashboard');
    await s.page.dispatchEvent('#key', 'change');
    await ready('441300');
    expect(await crumbNames()).toEqual(['惠州市']);
    expect(await rowNames()).toEqual(['惠城区', '博罗县']);
    // A link to a region outside the key's reach shows the key's own region instead.
    await s.page.goto(stack.gatewayUrl.replace(/\/graphql$/, '/dashboard?region=110105'));
    await s.page.fill('#key', 'demo-huizhou-dashboard');
    await s.page.dispatchEvent('#key', 'change');
    await ready('441300');

    await s.page.fill('#key', 'demo-chaoyang-dashboard');
    await s.page.dispatchEvent('#key', 'change');
    await ready('110105');
    expect(await crumbNames()).toEqual(['朝阳区']);
    expect((await rowNames()).length).toBeGreaterThanOrEqual(6);

    await s.page.fill('#key', 'not-a-key');
    await s.page.dispatchEvent('#key', 'change');
    await s.page.waitForSelector('body[data-state="error"]');
    // The browser asks in Chinese (zh-CN), so the gateway's refusal comes in Chinese.
    expect(await s.page.locator('#status').innerText()).toContain('未知的API密钥');
  });

  it('loaded nothing from the internet and logged no errors but the refused key', () => {
    expect(s.external).toEqual([]);
    expect(s.problems.filter((p) => !/\b401\b/.test(p))).toEqual([]);
  });
});
