import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVICES = ['stations', 'union', 'training', 'governance'] as const;
export type Service = (typeof SERVICES)[number];

export interface Running {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * CPU seconds (user + system) a process and its children (a cluster's workers) have used, from
 * /proc; undefined where there is no /proc (the figures are then left out).
 */
export function cpuSeconds(pid: number): number | undefined {
  try {
    const ticks = (p: number) => {
      const fields = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return Number(fields[11]) + Number(fields[12]);
    };
    let total = ticks(pid);
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(' ').map(Number) : []) total += ticks(child);
    }
    return total / 100;
  } catch {
    return undefined;
  }
}

/**
 * Starts one process (`node --import tsx <entry>`) and resolves with the URL it logs once
 * listening; with `listeners` > 1 (a cluster), once that many processes have said so.
 */
export function launch(name: string, entry: string, env: Record<string, string>, listeners = 1, nodeArgs: string[] = []): Promise<Running> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...(process.env as Record<string, string>), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops a cluster's workers too.
    detached: true,
  });
  let output = '';
  let heard = 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      kill(child, 'SIGKILL');
      reject(new Error(`${name} did not start in 120 s:\n${output.slice(-4000)}`));
    }, 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const lines = output.split('\n');
      output = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        let entry: { url?: string; msg?: string; level?: number };
        try {
          entry = JSON.parse(line);
        } catch {
          continue;
        }
        if ((entry.level ?? 0) >= 50) process.stderr.write(`[${name}] ${line}\n`);
        if (entry.url && /listening/.test(entry.msg ?? '') && ++heard === listeners) {
          clearTimeout(timer);
          resolve({ name, url: entry.url, pid: child.pid!, stop: () => stopProcess(child) });
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => {
      const text = c.toString();
      output += text;
      if (/error/i.test(text)) process.stderr.write(`[${name}] ${text}`);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

function kill(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    kill(child, 'SIGTERM');
    setTimeout(() => kill(child, 'SIGKILL'), 5000).unref();
  });
}

/** Runs a command to completion with its output shown, prefixed; rejects on a non-zero exit. */
export function run(label: string, command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...(process.env as Record<string, string>), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const forward = (stream: NodeJS.ReadableStream) => {
      let buffered = '';
      stream.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) if (line.trim() && !line.startsWith('{')) console.log(`  ${label}: ${line}`);
      });
    };
    forward(child.stdout!);
    forward(child.stderr!);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed (exit ${code})`))));
  });
}
