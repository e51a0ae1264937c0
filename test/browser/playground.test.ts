import { PLAYGROUND_EXAMPLES } from '../../gateway/src/ui/examples';
import { startStack, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';
import { describeWithChromium, editorText, openBrowser, screenshot, type Session } from './browser';

const engine = process.env.TEST_DATABASE_URL ? 'mysql' : 'sqlite';

/** GraphiQL served by the gateway at /graphql, bundled: runs the examples against the real stack. */
describeWithChromium('the playground in a browser', () => {
  let stack: Stack;
  let s: Session;
  beforeAll(async () => {
    stack = await startStack();
    s = await openBrowser();
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await s?.close();
    await stack?.stop();
  });

  const run = async (expected: string) => {
    // GraphiQL reads the operation name from the query editor a moment after it changes: a
    // click sooner sends the previous tab's name (as no person clicks that fast).
    await s.page.waitForTimeout(500);
    await s.page.click('.graphiql-execute-button');
    try {
      await s.page.waitForFunction((text) => document.querySelector('.result-window')?.textContent?.includes(text), expected, { timeout: 20_000 });
    } catch (err) {
      throw new Error(`no "${expected}" in the result: ${await editorText(s.page, '.result-window')}\n(query: ${await editorText(s.page, '.graphiql-query-editor')})`);
    }
    return editorText(s.page, '.result-window');
  };

  it('opens at /graphql with the examples in tabs and the demo key in the headers, and runs the first', async () => {
    await s.page.goto(stack.gatewayUrl);
    await s.page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    const tabs = await s.page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.map((t) => t.trim())).toEqual(PLAYGROUND_EXAMPLES.map((e) => e.name));
    await s.page.waitForFunction(() => document.querySelector('.graphiql-editor-tool')?.textContent?.includes('demo-meituan'));
    const result = await run('王强');
    expect(result).toContain('"isUnionMember": true');
    expect(result).toContain('朝阳区总工会');
    expect(result).toContain('subsidyAvailableCents');
    expect(result).toContain('望京骑手之家');
    expect(result).not.toContain('"errors"');
    await screenshot(s.page, `playground-worker-benefits-${engine}`);
  });

  it('opens an example from the picker and runs it', async () => {
    await s.page.click('button[data-example="FifteenMinuteCircle"]');
    await s.page.waitForFunction(() => document.querySelector('.graphiql-tab-active')?.textContent?.includes('FifteenMinuteCircle'));
    const result = await run('distanceMeters');
    expect(result).toContain('望京骑手之家');
    expect(result).not.toContain('"errors"');
    await screenshot(s.page, `playground-15-minute-circle-${engine}`);
  });

  it('runs the district dashboard tab with the dashboard key', async () => {
    await s.page.locator('.graphiql-tab', { hasText: 'DistrictDashboard' }).first().locator('button').first().click();
    await s.page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('query DistrictDashboard'));
    const result = await run('Chaoyang');
    expect(result).toContain('governanceMetrics');
    expect(result).toContain('朝阳区');
    expect(result).toContain('medianHoursToResolve');
    expect(result).not.toContain('"errors"');
  });

  it('runs a query typed into a new tab', async () => {
    await s.page.click('.graphiql-tab-add');
    await s.page.click('.graphiql-query-editor .CodeMirror');
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.insertText('{ districts(first: 3) { code name nameEn } }');
    const result = await run('东城区');
    expect(result).toContain('Dongcheng');
  });

  it('loaded nothing from the internet and logged no errors', () => {
    expect(s.external).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
