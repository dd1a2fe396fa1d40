// The one Prisma client of the process, on the better-sqlite3 driver adapter (no native query engine).
// Cached on globalThis so that Next's dev-mode reloads do not open a new connection each time.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { PrismaClient } from '../../generated/prisma/client';
import { readDatabaseEnv } from './env';

const globalForPrisma = globalThis as unknown as { parallaxPrisma?: { url: string; client: PrismaClient } };

export function getPrisma(): PrismaClient {
  const { DATABASE_URL } = readDatabaseEnv();
  const cached = globalForPrisma.parallaxPrisma;
  if (cached && cached.url === DATABASE_URL) return cached.client;
  const file = DATABASE_URL.replace(/^file:/, '');
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  useWriteAheadLog(file);
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: DATABASE_URL }) });
  globalForPrisma.parallaxPrisma = { url: DATABASE_URL, client };
  return client;
}

export type { PrismaClient };

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
