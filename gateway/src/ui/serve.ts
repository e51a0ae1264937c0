// Serves the playground (GET /graphql to browsers), the dashboard (GET /dashboard) and their
// bundles (GET /ui/<name>-<hash>.js|css, cached for a year: the name changes with the content).
import type http from 'node:http';
import type { Logger } from '@nef/kit';
import { loadUiBundles, type PageName, type UiBundles } from './build';
import { CONFIG_ELEMENT_ID, type DashboardConfig, type PlaygroundConfig } from './page-config';

export interface UiOptions {
  playground: boolean;
  dashboard: boolean;
  /** The gateway uses the published demo keys (prefill them). */
  demoKeys: boolean;
  introspection: boolean;
  /** Where the bundles are cached; the default is node_modules/.cache/nef-ui. */
  cacheDir?: string;
}

export interface Ui {
  /** Answers the request when it is the UI's and returns true; false lets the API answer it. */
  handle(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  /** Settles once the bundles are ready (or failed, which the pages then report). */
  ready: Promise<void>;
}

const ASSET_PREFIX = '/ui/';

// The pages load nothing but their own bundles and talk only to this gateway. Inline styles:
// React, GraphiQL and ECharts set style attributes.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const escapeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(bundles: UiBundles, name: PageName, title: string, config: PlaygroundConfig | DashboardConfig): string {
  const { js, css } = bundles.pages[name];
  // Relative URLs: right at /graphql and /dashboard, and behind a proxy's path prefix too.
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${css ? `<link rel="stylesheet" href="ui/${css}">` : ''}
</head>
<body>
<div id="root"></div>
<script id="${CONFIG_ELEMENT_ID}" type="application/json">${escapeJson(config)}</script>
<script src="ui/${js}"></script>
</body>
</html>
`;
}

/** A browser asking for /graphql: a GET that prefers HTML and carries no operation. */
function wantsPlayground(req: http.IncomingMessage, url: URL): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && url.pathname === '/graphql' && !url.searchParams.has('query') && /\btext\/html\b/i.test(req.headers.accept ?? '');
}

export function createUi(options: UiOptions, log: Logger): Ui {
  let bundles: UiBundles | undefined;
  let failure: Error | undefined;
  const pages = new Map<PageName, Buffer>();
  const hidden = new Set<string>();
  const ready = loadUiBundles(log, options.cacheDir).then(
    (b) => {
      bundles = b;
      for (const name of ['playground', 'dashboard'] as const) {
        if (options[name]) continue;
        // A page that is off serves nothing, its bundles included.
        const { js, css } = b.pages[name];
        for (const file of [js, css]) if (file) hidden.add(file);
      }
      pages.set('playground', Buffer.from(page(b, 'playground', 'GraphQL 调试台 Playground · nef-supergraph', {
        demoKeys: options.demoKeys,
        introspection: options.introspection,
        dashboard: options.dashboard,
      } satisfies PlaygroundConfig)));
      pages.set('dashboard', Buffer.from(page(b, 'dashboard', '城市看板 City dashboard · nef-supergraph', {
        defaultKey: options.demoKeys ? 'demo-dashboard' : '',
        playground: options.playground,
      } satisfies DashboardConfig)));
    },
    (err: Error) => {
      failure = err;
      log.error({ err }, 'UI bundles could not be built: the playground and the dashboard answer 503');
    },
  );

  async function servePage(req: http.IncomingMessage, res: http.ServerResponse, name: PageName) {
    await ready;
    const body = pages.get(name);
    if (!body) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' });
      res.end(`The ${name} could not be built: see the gateway's log (${failure?.message ?? 'unknown error'}).\n`);
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      'cache-control': 'no-cache',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      vary: 'Accept',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function serveAsset(req: http.IncomingMessage, res: http.ServerResponse, name: string) {
    await ready;
    const asset = hidden.has(name) ? undefined : bundles?.assets.get(name);
    if (!asset || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
      res.end('not found\n');
      return;
    }
    const headers: Record<string, string | number> = {
      'content-type': asset.contentType,
      'cache-control': 'public, max-age=31536000, immutable',
      etag: asset.etag,
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
    };
    if (req.headers['if-none-match'] === asset.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const gzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? asset.gzip : asset.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return {
    ready: ready.then(() => undefined),
    handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let work: Promise<void> | undefined;
      if (options.playground && wantsPlayground(req, url)) work = servePage(req, res, 'playground');
      else if (options.dashboard && url.pathname === '/dashboard' && (req.method === 'GET' || req.method === 'HEAD')) work = servePage(req, res, 'dashboard');
      else if (url.pathname.startsWith(ASSET_PREFIX)) work = serveAsset(req, res, url.pathname.slice(ASSET_PREFIX.length));
      if (!work) return false;
      work.catch((err) => {
        log.error({ err }, 'UI request failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end();
      });
      return true;
    },
  };
}
