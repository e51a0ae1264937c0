import { spawnSync } from 'node:child_process';
import path from 'node:path';

describe('the generate command', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, '../../src/cli/generate.ts'), ...args], { encoding: 'utf8' });

  it('refuses a scale other than city or national, and a malformed number, before touching a database', () => {
    const county = run('--scale', 'county');
    expect(county.status).toBe(1);
    expect(county.stderr).toMatch(/--scale must be city \(100,000 workers in 110105\) or national \(1,000,000 workers over every province\); got county/);
    expect(run('--seed', '42').stderr).toMatch(/--scale must be city .* or national .*; got nothing/);
    const seed = run('--scale', 'city', '--seed', 'x');
    expect(seed.status).toBe(1);
    expect(seed.stderr).toMatch(/--seed must be a whole number/);
  });
});
