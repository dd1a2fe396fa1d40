// Prisma CLI configuration: the JavaScript/WASM schema engine through a driver adapter, so `prisma
// generate` and `prisma migrate deploy` download nothing (see ../shared/STACK.md). The DATABASE_URL
// scheme picks the provider (lib/db/provider.ts): its generated schema and its own migrations folder.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { DEFAULT_DATABASE_URL, databaseProvider, migrationsPath, schemaPath } from './lib/db/provider';

process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
const url = process.env.DATABASE_URL;
const provider = databaseProvider(url);
// SQLite creates the file but not its folder.
const databaseFile = url.replace(/^file:/, '');
if (provider === 'sqlite' && databaseFile && !databaseFile.startsWith(':memory:')) mkdirSync(path.dirname(databaseFile), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: schemaPath(provider),
  migrations: { path: migrationsPath(provider) },
  async adapter() {
    return provider === 'sqlite' ? new PrismaBetterSQLite3({ url }) : new PrismaPg({ connectionString: url });
  },
});
