import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { until } from '@nef/kit/testing';

const MARIADBD = '/usr/sbin/mariadbd';
const INSTALL_DB = ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'];

/** The server and its installer, when this machine has them (Debian's mariadb-server). */
export function mariadbBinaries(): { server: string; installer: string } | undefined {
  const installer = INSTALL_DB.find((p) => fs.existsSync(p));
  return fs.existsSync(MARIADBD) && installer ? { server: MARIADBD, installer } : undefined;
}

/** `n` loopback ports free at the time of asking (each bound to port 0, then let go). */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<net.Server>((resolve, reject) => {
      const s = net.createServer();
      s.once('error', reject);
      s.listen(0, '127.0.0.1', () => resolve(s));
    })),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

export interface MariaDbPair {
  /** mysql://root@127.0.0.1:<port>, the primary (binary log on). */
  primaryUrl: string;
  /** The replica, replicating everything the primary writes (read-only for everyone but root). */
  replicaUrl: string;
  /** How far the replica is behind, in seconds, as it reports it; null while it does not replicate. */
  replicaLag(): Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Two throwaway MariaDB servers in `dir`, a primary and a replica of it (GTID replication of
 * row events), on free loopback ports, each with a fresh data directory. They are the test's own:
 * the machine's server on 3306 is not touched.
 */
export async function startMariaDbPair(dir: string): Promise<MariaDbPair> {
  const bins = mariadbBinaries();
  if (!bins) throw new Error('mariadbd and mariadb-install-db are needed (apt-get install mariadb-server)');
  const [primaryPort, replicaPort] = await freePorts(2);
  const servers: ChildProcess[] = [];
  const start = (name: string, port: number, extra: string[]) => {
    const data = path.join(dir, name);
    fs.mkdirSync(data, { recursive: true });
    // root with an empty password over TCP, as the machine's own server is set up.
    const inst = spawnSync(bins.installer, ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--user=root', '--skip-test-db'], { encoding: 'utf8' });
    if (inst.status !== 0) throw new Error(`${bins.installer} failed for ${name}:\n${inst.stdout}\n${inst.stderr}`);
    const args = [
      '--no-defaults', '--user=root', `--datadir=${data}`, `--port=${port}`, '--bind-address=127.0.0.1',
      `--socket=${path.join(dir, `${name}.sock`)}`, `--pid-file=${path.join(dir, `${name}.pid`)}`,
      '--innodb-buffer-pool-size=128M', '--character-set-server=utf8mb4', '--collation-server=utf8mb4_unicode_ci',
      '--max-connections=500', ...extra,
    ];
    const log = fs.openSync(path.join(dir, `${name}.log`), 'a');
    const child = spawn(bins.server, args, { stdio: ['ignore', log, log] });
    servers.push(child);
    return child;
  };
  const connect = (port: number) => mysql.createConnection({ host: '127.0.0.1', port, user: 'root', password: '' });
  const stop = async () => {
    await Promise.all(
      servers.map((c) => new Promise<void>((resolve) => {
        if (c.exitCode !== null || c.signalCode !== null) return resolve();
        c.once('exit', () => resolve());
        c.kill('SIGTERM');
        setTimeout(() => c.kill('SIGKILL'), 20_000).unref();
      })),
    );
  };
  try {
    start('primary', primaryPort!, ['--server-id=1', `--log-bin=${path.join(dir, 'primary', 'binlog')}`, '--binlog-format=ROW']);
    start('replica', replicaPort!, ['--server-id=2', '--read-only=1', `--relay-log=${path.join(dir, 'replica', 'relay')}`]);
    const up = async (port: number) => {
      try {
        const c = await connect(port);
        await c.end();
        return true;
      } catch {
        return false;
      }
    };
    await until(async () => (await up(primaryPort!)) && (await up(replicaPort!)), 60_000, () => 'MariaDB primary and replica did not start');
    const replica = await connect(replicaPort!);
    try {
      await replica.query(
        `CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${primaryPort}, MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=current_pos, MASTER_CONNECT_RETRY=1`,
      );
      await replica.query('START SLAVE');
    } finally {
      await replica.end();
    }
    const replicaLag = async (): Promise<number | null> => {
      const c = await connect(replicaPort!);
      try {
        const [rows] = (await c.query('SHOW SLAVE STATUS')) as unknown as [{ Seconds_Behind_Master: number | null; Slave_IO_Running: string; Slave_SQL_Running: string }[]];
        const s = rows[0];
        if (!s || s.Slave_IO_Running !== 'Yes' || s.Slave_SQL_Running !== 'Yes') return null;
        return s.Seconds_Behind_Master;
      } finally {
        await c.end();
      }
    };
    await until(async () => (await replicaLag()) !== null, 30_000, () => 'the replica did not start replicating');
    return { primaryUrl: `mysql://root@127.0.0.1:${primaryPort}`, replicaUrl: `mysql://root@127.0.0.1:${replicaPort}`, replicaLag, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
