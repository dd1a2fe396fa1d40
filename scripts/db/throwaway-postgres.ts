// A throwaway PostgreSQL cluster in a temporary folder, on loopback, for the tests and `.ci/run`:
// Debian's `initdb` and `pg_ctl` (package postgresql), run as the `postgres` user when we are root,
// because PostgreSQL refuses to run as root. Trust authentication is safe here: it listens on 127.0.0.1
// only, on a free port, and the folder is deleted when the cluster stops.
//
//   tsx scripts/db/throwaway-postgres.ts start DIR   prints postgresql://postgres@127.0.0.1:PORT/postgres
//   tsx scripts/db/throwaway-postgres.ts stop DIR
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migratePostgres } from '../../lib/db/migrate-postgres';
import { migrationsPath } from '../../lib/db/provider';

const ROOT = path.resolve(__dirname, '..', '..');

export interface ThrowawayCluster {
  /** Connection URL of the cluster's `postgres` database. */
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server and starts it again on the same port and data (a database restart). */
  restart(): void;
  stop(options?: { keepData?: boolean }): void;
}

/** The folder holding initdb and pg_ctl: on PATH, or Debian's newest /usr/lib/postgresql/N/bin. */
export function postgresBinDir(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function run(bin: string, args: string[]): void {
  const [command, commandArgs] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  try {
    execFileSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  } catch (error) {
    const e = error as { stderr?: Buffer; stdout?: Buffer; message: string };
    throw new Error(`${path.basename(bin)} failed: ${(e.stderr?.toString() || e.stdout?.toString() || e.message).trim()}`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayCluster(dataDir: string, port?: number): Promise<ThrowawayCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin): apt-get install postgresql');
  const chosenPort = port ?? (await freePort());
  mkdirSync(dataDir, { recursive: true });
  if (isRoot()) {
    const { uid, gid } = postgresUser();
    chownSync(dataDir, uid, gid);
  }
  const initdb = path.join(bin, 'initdb');
  const pgCtl = path.join(bin, 'pg_ctl');
  const pgdata = path.join(dataDir, 'pgdata');
  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) run(initdb, ['-D', pgdata, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const options = `-p ${chosenPort} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () => run(pgCtl, ['-D', pgdata, '-o', options, '-l', path.join(dataDir, 'server.log'), '-w', '-t', '60', 'start']);
  const stop = () => run(pgCtl, ['-D', pgdata, '-m', 'fast', '-w', '-t', '60', 'stop']);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${chosenPort}/postgres`,
    port: chosenPort,
    dataDir,
    restart() {
      stop();
      start();
    },
    stop({ keepData = false } = {}) {
      try {
        stop();
      } finally {
        if (!keepData) rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A new database on the server, with every committed migration applied, and how to drop it. */
export async function createMigratedDatabase(serverUrl: string, prefix = 'parallax_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await migratePostgres(client, path.join(ROOT, migrationsPath('postgresql')));
  } finally {
    await client.end();
  }
  return {
    url,
    drop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Stops a cluster started by another process (`.ci/run`'s), by its folder. */
export function stopThrowawayCluster(dataDir: string): void {
  const bin = postgresBinDir();
  const pgdata = path.join(dataDir, 'pgdata');
  if (bin && existsSync(path.join(pgdata, 'postmaster.pid'))) run(path.join(bin, 'pg_ctl'), ['-D', pgdata, '-m', 'fast', '-w', 'stop']);
  rmSync(dataDir, { recursive: true, force: true });
}

function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('there is no `postgres` user to run PostgreSQL as (it comes with Debian\'s postgresql package)');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

if (require.main === module) {
  const [verb, dir] = process.argv.slice(2);
  if (!dir || (verb !== 'start' && verb !== 'stop')) {
    console.error('usage: tsx scripts/db/throwaway-postgres.ts start|stop DIR');
    process.exit(2);
  }
  if (verb === 'stop') stopThrowawayCluster(path.resolve(dir));
  else
    startThrowawayCluster(path.resolve(dir))
      .then((cluster) => console.log(cluster.url))
      .catch((error) => {
        console.error(`parallax: ${(error as Error).message}`);
        process.exit(1);
      });
}
