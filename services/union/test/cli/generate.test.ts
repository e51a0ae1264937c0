import { spawnSync } from 'node:child_process';
import path from 'node:path';

describe('the generate command', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, '../../src/cli/generate.ts'), ...args], { encoding: 'utf8' });

  it('refuses a scale other than city, and a malformed number, before touching a database', () => {
    const national = run('--scale', 'national');
    expect(national.status).toBe(1);
    expect(national.stderr).toMatch(/--scale must be city: the union generates only the city data set/);
    const seed = run('--scale', 'city', '--seed', 'x');
    expect(seed.status).toBe(1);
    expect(seed.stderr).toMatch(/--seed must be a whole number/);
  });
});
