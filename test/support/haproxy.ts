import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { until } from '@nef/kit/testing';

export const HAPROXY = '/usr/sbin/haproxy';

/** One load-balanced service: a loopback port in front, its replicas behind. */
export interface Frontend {
  name: string;
  port: number;
  servers: { name: string; port: number }[];
}

export interface Haproxy {
  /** Each server's state as HAProxy sees it now, by `<frontend>/<server>`: UP, DOWN, MAINT... */
  states(): Promise<Record<string, string>>;
  /** Waits until every server of every frontend is UP. */
  allUp(ms?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The load balancer a deployment puts in front of replicas, set up as this project recommends
 * (docs/deployment.md): round robin over the replicas whose /readyz answers 200, checked every
 * 250 ms (down after 2 failures, up after 2 successes); a request whose connection to a replica
 * fails is sent to another (`retry-on conn-failure`, `option redispatch 1`), which is safe for
 * mutations too because nothing reached the replica. A request a replica had already received
 * when it died is not retried: it fails, as it would without a balancer.
 */
export function haproxyConfig(frontends: Frontend[], adminSocket: string): string {
  const lines = [
    'global',
    '  maxconn 4096',
    `  stats socket ${adminSocket} mode 600 level admin`,
    '',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout http-keep-alive 10s',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure',
    '  option http-buffer-request',
    '  option httpchk GET /readyz',
    '  http-check expect status 200',
    '  default-server inter 250ms fastinter 250ms downinter 250ms fall 2 rise 2',
  ];
  for (const f of frontends) {
    lines.push('', `frontend fe_${f.name}`, `  bind 127.0.0.1:${f.port}`, `  default_backend ${f.name}`);
    lines.push('', `backend ${f.name}`, '  balance roundrobin');
    for (const s of f.servers) lines.push(`  server ${s.name} 127.0.0.1:${s.port} check`);
  }
  return `${lines.join('\n')}\n`;
}

/** Starts HAProxy (Debian's package) in the foreground with `haproxyConfig`, in `dir`. */
export async function startHaproxy(dir: string, frontends: Frontend[]): Promise<Haproxy> {
  const socket = path.join(dir, 'haproxy.sock');
  const cfg = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(cfg, haproxyConfig(frontends, socket));
  const check = spawn(HAPROXY, ['-c', '-f', cfg], { stdio: ['ignore', 'pipe', 'pipe'] });
  let checkOut = '';
  check.stdout!.on('data', (c: Buffer) => (checkOut += c.toString()));
  check.stderr!.on('data', (c: Buffer) => (checkOut += c.toString()));
  const code = await new Promise<number | null>((resolve) => check.once('exit', resolve));
  if (code !== 0) throw new Error(`haproxy refused its configuration:\n${checkOut}`);
  let output = '';
  const child: ChildProcess = spawn(HAPROXY, ['-db', '-f', cfg], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const command = (cmd: string) =>
    new Promise<string>((resolve, reject) => {
      const conn = net.connect(socket);
      let text = '';
      conn.on('data', (c) => (text += c.toString()));
      conn.on('end', () => resolve(text));
      conn.on('error', reject);
      conn.write(`${cmd}\n`);
    });
  const states = async () => {
    // CSV: pxname,svname,...,status is the 18th column.
    const csv = await command('show stat');
    const out: Record<string, string> = {};
    for (const line of csv.split('\n')) {
      const cols = line.split(',');
      if (cols.length < 18 || line.startsWith('#') || cols[1] === 'FRONTEND' || cols[1] === 'BACKEND') continue;
      out[`${cols[0]}/${cols[1]}`] = cols[17]!.split(' ')[0]!;
    }
    return out;
  };
  await until(async () => fs.existsSync(socket) && (await states().then(() => true, () => false)), 15_000, () => `haproxy did not start:\n${output}`);
  return {
    states,
    async allUp(ms = 60_000) {
      let last: Record<string, string> = {};
      await until(async () => {
        last = await states();
        return Object.values(last).length > 0 && Object.values(last).every((s) => s === 'UP');
      }, ms, () => `not every replica is UP: ${JSON.stringify(last)}`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
