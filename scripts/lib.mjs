// Helpers shared by the repository's scripts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Installs dependencies with `npm ci` on a fresh clone. When they are only older than the
 * lockfile it warns instead: reinstalling under processes that are running would break them.
 */
export function ensureInstalled() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(marker)) {
    if (fs.statSync(marker).mtimeMs < fs.statSync(lock).mtimeMs) {
      console.warn('package-lock.json is newer than node_modules: run `npm ci` if something fails to load.');
    }
    return;
  }
  console.log('Installing dependencies (npm ci)...');
  const r = spawnSync('npm', ['ci'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
