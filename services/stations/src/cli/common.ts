import path from 'node:path';
import { createLogger, Database, Env, resolveDatabaseTarget, type Logger } from '@nef/kit';
import { migrations } from '../migrations';
import { entities } from '../service';

/**
 * npm runs workspace scripts in services/stations; users type paths (and expect ./data) relative
 * to where they ran npm, which npm passes as INIT_CWD.
 */
export function userDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

export function userPath(p: string): string {
  return path.resolve(userDir(), p);
}

/** Opens the service's database the way the running service does (same target, entities, migrations). */
export async function openDatabase(log: Logger = createLogger('stations')): Promise<Database> {
  const env = new Env();
  if (!env.str('DATA_DIR') && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const target = resolveDatabaseTarget('stations', env);
  const db = await Database.open({ target, entities, migrations, log });
  console.error(`database: ${target.engine === 'sqlite' ? target.file : `mysql ${target.host}:${target.port}/${target.database}`}`);
  return db;
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
