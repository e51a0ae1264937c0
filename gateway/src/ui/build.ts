// Bundles the playground (GraphiQL) and the dashboard (ECharts) from npm with esbuild: JS and CSS,
// minified, nothing loaded from a CDN. The gateway calls loadUiBundles() at start-up: the bundles
// come from the cache when its key (a hash of the UI sources and of the versions of esbuild and
// the bundled packages) matches, and are built (1 to 3 s) and cached otherwise. The cache is
// node_modules/.cache/nef-ui (git- and docker-ignored with node_modules); the Docker image builds
// it at image build time with `npm run build` (which runs this file compiled). When the cache cannot
// be written, the bundles live in memory only.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const UI_SOURCE_DIR = __dirname;
const REPO_ROOT = path.resolve(__dirname, '../../..');
export const DEFAULT_UI_CACHE_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'nef-ui');

export type PageName = 'playground' | 'dashboard';
const ENTRIES: Record<PageName, string> = { playground: 'playground/main.ts', dashboard: 'dashboard/main.ts' };
/** Bundled packages (and the bundler): a new version makes a new cache key. */
const PACKAGES = ['esbuild', 'graphiql', '@graphiql/react', '@graphiql/toolkit', 'react', 'react-dom', 'echarts', 'zrender'];
/** Bump when the build options change. */
const BUILD_FORMAT = 1;

export interface UiAsset {
  name: string;
  contentType: string;
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

export interface UiBundles {
  key: string;
  /** By file name (served under /ui/). */
  assets: Map<string, UiAsset>;
  /** Each page's script and stylesheet file names. */
  pages: Record<PageName, { js: string; css?: string }>;
  source: 'cache' | 'built';
  ms: number;
}

interface Manifest {
  key: string;
  pages: UiBundles['pages'];
  files: string[];
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

function packageVersion(name: string): string {
  for (const dir of [path.join(REPO_ROOT, 'gateway', 'node_modules'), path.join(REPO_ROOT, 'node_modules')]) {
    const file = path.join(dir, name, 'package.json');
    if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'missing';
}

/** The cache key: UI sources, bundled packages' versions, build options. */
export function uiCacheKey(): string {
  const hash = createHash('sha256').update(`format ${BUILD_FORMAT}\n`);
  for (const name of PACKAGES) hash.update(`${name}@${packageVersion(name)}\n`);
  // The sources only: a production build (npm run build) copies them beside the compiled .js
  // and .js.map of the server side, and must find the bundles cached from the sources.
  for (const file of listFiles(UI_SOURCE_DIR).filter((f) => !/\.js(\.map)?$/.test(f))) {
    hash.update(path.relative(UI_SOURCE_DIR, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function asset(name: string, body: Buffer, gzip?: Buffer): UiAsset {
  return {
    name,
    contentType: CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream',
    body,
    gzip: gzip ?? zlib.gzipSync(body, { level: 9 }),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
  };
}

function readCache(dir: string, key: string): Omit<UiBundles, 'source' | 'ms'> | undefined {
  const manifestFile = path.join(dir, key, 'manifest.json');
  if (!fs.existsSync(manifestFile)) return undefined;
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
    const assets = new Map<string, UiAsset>();
    for (const name of manifest.files) {
      assets.set(name, asset(name, fs.readFileSync(path.join(dir, key, name)), fs.readFileSync(path.join(dir, key, `${name}.gz`))));
    }
    return { key, assets, pages: manifest.pages };
  } catch {
    return undefined; // unreadable or half-removed: build again
  }
}

/** Writes the bundles to <dir>/<key>/ atomically (a temporary folder renamed), and prunes older keys. */
function writeCache(dir: string, bundles: Omit<UiBundles, 'source' | 'ms'>): void {
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  fs.mkdirSync(tmp);
  try {
    for (const a of bundles.assets.values()) {
      fs.writeFileSync(path.join(tmp, a.name), a.body);
      fs.writeFileSync(path.join(tmp, `${a.name}.gz`), a.gzip);
    }
    const manifest: Manifest = { key: bundles.key, pages: bundles.pages, files: [...bundles.assets.keys()] };
    fs.writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2));
    fs.renameSync(tmp, path.join(dir, bundles.key));
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    // Another process wrote the same key first: theirs is as good as ours.
    if (!fs.existsSync(path.join(dir, bundles.key, 'manifest.json'))) throw err;
  }
  for (const entry of fs.readdirSync(dir)) {
    if (entry === bundles.key) continue;
    const full = path.join(dir, entry);
    // Another process's build in progress is left alone unless it is stale.
    if (entry.startsWith('.tmp-') && Date.now() - fs.statSync(full).mtimeMs < 10 * 60_000) continue;
    fs.rmSync(full, { recursive: true, force: true });
  }
}

/** Runs esbuild in memory. */
export async function buildUiBundles(key = uiCacheKey()): Promise<Omit<UiBundles, 'source' | 'ms'>> {
  const esbuild = await import('esbuild');
  const outdir = path.join(UI_SOURCE_DIR, '.out');
  const result = await esbuild.build({
    absWorkingDir: UI_SOURCE_DIR,
    entryPoints: ENTRIES,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
    outdir,
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    charset: 'utf8',
    legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl' },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const assets = new Map<string, UiAsset>();
  for (const file of result.outputFiles) {
    const name = path.relative(outdir, file.path);
    assets.set(name, asset(name, Buffer.from(file.contents)));
  }
  const pages = {} as UiBundles['pages'];
  for (const [out, meta] of Object.entries(result.metafile.outputs)) {
    const page = (Object.keys(ENTRIES) as PageName[]).find((p) => meta.entryPoint === ENTRIES[p]);
    if (!page || !out.endsWith('.js')) continue;
    const rel = (file: string) => path.relative(outdir, path.resolve(UI_SOURCE_DIR, file));
    pages[page] = { js: rel(out), ...(meta.cssBundle ? { css: rel(meta.cssBundle) } : {}) };
  }
  for (const page of Object.keys(ENTRIES) as PageName[]) if (!pages[page]) throw new Error(`esbuild produced no bundle for ${page}`);
  return { key, assets, pages };
}

interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** The bundles from the cache, or built (and cached when the cache folder is writable). */
export async function loadUiBundles(log?: Log, cacheDir = DEFAULT_UI_CACHE_DIR): Promise<UiBundles> {
  const started = performance.now();
  const key = uiCacheKey();
  const cached = readCache(cacheDir, key);
  let bundles: Omit<UiBundles, 'source' | 'ms'>;
  let source: UiBundles['source'] = 'cache';
  if (cached) {
    bundles = cached;
  } else {
    bundles = await buildUiBundles(key);
    source = 'built';
    try {
      writeCache(cacheDir, bundles);
    } catch (err) {
      log?.warn({ cacheDir, err: (err as Error).message }, 'UI bundles not cached (built again at the next start)');
    }
  }
  const ms = Math.round(performance.now() - started);
  log?.info({ ms, source, key, sizes: sizesOf(bundles.assets) }, source === 'built' ? 'UI bundles built' : 'UI bundles loaded from cache');
  return { ...bundles, source, ms };
}

export function sizesOf(assets: Map<string, UiAsset>): Record<string, { bytes: number; gzip: number }> {
  return Object.fromEntries([...assets.values()].map((a) => [a.name, { bytes: a.body.length, gzip: a.gzip.length }]));
}

// `node --import tsx gateway/src/ui/build.ts`: builds the cache now (the Dockerfile does, so that
// a read-only image starts without building).
if (require.main === module) {
  loadUiBundles().then(
    (b) => {
      console.log(`UI bundles ${b.source} in ${b.ms} ms (key ${b.key}):`);
      for (const [name, s] of Object.entries(sizesOf(b.assets))) {
        console.log(`  ${name.padEnd(34)} ${(s.bytes / 1024).toFixed(0).padStart(6)} KiB  (${(s.gzip / 1024).toFixed(0)} KiB gzip)`);
      }
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
