import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (apt-get install -y chromium); .ci/run installs it. */
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '../../test-output/browser');
const CI = Boolean(process.env.CI) && process.env.CI !== 'false';

/**
 * describe() for tests that need Chromium: skipped when it is absent on a developer's machine;
 * in CI (CI set) its absence is a failure, not a skip.
 */
export function describeWithChromium(name: string, fn: () => void): void {
  if (fs.existsSync(CHROMIUM)) describe(name, fn);
  else if (CI) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`${CHROMIUM} is missing: CI must install it (apt-get install -y chromium)`);
      });
    });
  } else {
    describe.skip(`${name} (skipped: no ${CHROMIUM}; apt-get install -y chromium)`, fn);
  }
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests to anything but this machine: refused, and listed here (tests expect none). */
  external: string[];
  /** Uncaught page errors and console errors (CSP violations show there). */
  problems: string[];
  close(): Promise<void>;
}

const LOCAL = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Headless Chromium (a fresh profile each launch) that may reach nothing but localhost. */
export async function openBrowser(): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const external: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && LOCAL.has(url.hostname)) return route.continue();
    external.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} ${res.request().method()} ${res.url()}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  return { browser, context, page, external, problems, close: () => browser.close() };
}

/** The text of a CodeMirror editor (GraphiQL's), whole: the DOM shows only the visible lines. */
export function editorText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const el = document.querySelector(`${sel} .CodeMirror`) as (Element & { CodeMirror?: { getValue(): string } }) | null;
    return el?.CodeMirror?.getValue() ?? '';
  }, selector);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
