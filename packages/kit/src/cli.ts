import path from 'node:path';
import { Env } from './config';
import type { Database } from './db/database';
import { resolveDatabaseTarget } from './db/url';
import { createLogger, type Logger } from './logger';
import { Metrics } from './metrics';
import { openServiceDatabase, type SubgraphModule } from './subgraph';

/**
 * What the services' commands (`npm run <service>:generate`, imports, purges) share: argument
 * reading, one-line failures, and the service's database opened exactly as the running service
 * opens it (same target, same migrations, audit log included).
 */

/**
 * npm runs workspace scripts in the workspace's folder; users type paths (and expect ./data)
 * relative to where they ran npm, which npm passes as INIT_CWD.
 */
export function userDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

export function userPath(p: string): string {
  return path.resolve(userDir(), p);
}

/** Opens and migrates a service's database for a command, from the same settings as the service. */
export async function openCommandDatabase<L>(mod: SubgraphModule<L>, log: Logger = createLogger(mod.name)): Promise<Database> {
  const env = new Env();
  if (!env.str('DATA_DIR') && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const target = resolveDatabaseTarget(mod.name, env);
  const db = await openServiceDatabase(mod as SubgraphModule<unknown>, target, log, new Metrics(mod.name));
  console.error(`database: ${target.engine === 'sqlite' ? target.file : `mysql ${target.host}:${target.port}/${target.database}`}`);
  return db;
}

/**
 * `npm run migrate`: runs a service's pending migrations under the migration lock (replicas
 * and jobs started at once migrate exactly once), prints what it applied, and exits 0; any
 * failure exits 1 with the reason. The service's settings (DATABASE_URL, DATA_DIR) say where.
 */
export function runMigrateCommand<L>(mod: SubgraphModule<L>): void {
  runCli(async () => {
    const env = new Env();
    if (!env.str('DATA_DIR') && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
    const target = resolveDatabaseTarget(mod.name, env);
    const where = target.engine === 'sqlite' ? target.file : `mysql ${target.host}:${target.port}/${target.database}`;
    const db = await openServiceDatabase(mod as SubgraphModule<unknown>, target, createLogger(mod.name), new Metrics(mod.name), { migrate: false });
    try {
      const applied = await db.migrate();
      console.log(`${mod.name}: ${applied.length === 0 ? 'up to date' : `applied ${applied.join(', ')}`} (${where})`);
    } finally {
      await db.close();
    }
  });
}

/** A tiny argument reader: positional arguments and --flag / --name value. */
export function parseArgs(argv: string[], valued: string[]) {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) flags.set(name, inline);
    else if (valued.includes(name)) {
      const v = argv[++i];
      if (v === undefined) throw new Error(`--${name} needs a value`);
      flags.set(name, v);
    } else flags.set(name, true);
  }
  return { flags, positional };
}

/** The whole number given as --name, or undefined; anything else is an error naming the flag. */
export function intFlag(flags: Map<string, string | true>, name: string): number | undefined {
  const raw = flags.get(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw === true || !Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
}

/** Runs a command's main, printing a failure as one line and exiting non-zero. */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (err) => {
      console.error(`error: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
