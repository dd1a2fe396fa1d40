// The one Prisma client of the process, on a driver adapter (no native query engine): better-sqlite3 for
// a `file:` DATABASE_URL, node-postgres for `postgresql://` (lib/db/provider.ts). Both clients are
// generated from the same models (prisma/models.prisma), so they have the same API; the data layer is
// typed against the SQLite one and runs unchanged on either.
// Cached on globalThis so that Next's dev-mode reloads do not open a new connection each time.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import Database from 'better-sqlite3';
import { PrismaClient } from '../../generated/sqlite/client';
import { PrismaClient as PostgresPrismaClient } from '../../generated/postgresql/client';
import { readDatabaseEnv } from './env';
import type { DatabaseProvider } from './provider';

const globalForPrisma = globalThis as unknown as { parallaxPrisma?: { url: string; client: PrismaClient; provider: DatabaseProvider } };

export function getPrisma(): PrismaClient {
  const { DATABASE_URL, provider } = readDatabaseEnv();
  const cached = globalForPrisma.parallaxPrisma;
  if (cached && cached.url === DATABASE_URL) return cached.client;
  const client = provider === 'sqlite' ? sqliteClient(DATABASE_URL) : postgresClient(DATABASE_URL);
  globalForPrisma.parallaxPrisma = { url: DATABASE_URL, client, provider };
  return client;
}

/** The provider of the current DATABASE_URL. */
export const databaseProviderInUse = (): DatabaseProvider => readDatabaseEnv().provider;

export type { PrismaClient };

function sqliteClient(url: string): PrismaClient {
  const file = url.replace(/^file:/, '');
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  useWriteAheadLog(file);
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

function postgresClient(url: string): PrismaClient {
  const max = Math.max(1, Number(process.env.PARALLAX_DB_POOL) || 5);
  // Same models, same generated API: only the provider's SQL differs underneath.
  return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) }) as unknown as PrismaClient;
}

/**
 * WAL journal: readers do not wait for a writer (a class reading while someone saves a comparison) and
 * commits cost one write, not two. The mode is stored in the file, so setting it once per process is
 * enough; an in-memory database has no WAL and keeps its mode.
 */
function useWriteAheadLog(file: string): void {
  if (file === ':memory:' || file.startsWith(':memory:')) return;
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}
