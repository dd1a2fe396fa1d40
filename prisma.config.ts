// Prisma CLI configuration: the JavaScript/WASM schema engine through the better-sqlite3 driver adapter,
// so `prisma generate` and `prisma migrate deploy` download nothing (see ../shared/STACK.md).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

process.env.DATABASE_URL ??= 'file:./data/dev.db';
// SQLite creates the file but not its folder.
const databaseFile = process.env.DATABASE_URL.replace(/^file:/, '');
if (databaseFile && !databaseFile.startsWith(':memory:')) mkdirSync(path.dirname(databaseFile), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! });
  },
});
