// Points DATABASE_URL at a fresh SQLite file with every committed migration applied, for one test file.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const MIGRATIONS = path.join(__dirname, '..', '..', 'prisma', 'sqlite', 'migrations');

export function createTempDatabase(): { url: string; file: string; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-test-'));
  const file = path.join(dir, 'test.db');
  const db = new Database(file);
  for (const folder of readdirSync(MIGRATIONS).filter((f) => /^\d/.test(f)).sort()) {
    db.exec(readFileSync(path.join(MIGRATIONS, folder, 'migration.sql'), 'utf8'));
  }
  db.close();
  return { url: `file:${file}`, file, dir };
}

export function useTempDatabase(): { url: string; file: string } {
  const created = createTempDatabase();
  process.env.DATABASE_URL = created.url;
  afterAll(async () => {
    // Storage analyses in the shared worker pool: stop its threads with the test file.
    await (await import('../../lib/workers/analysis-pool')).closeAnalysisPool();
    const { getPrisma } = await import('../../lib/db/client');
    if (process.env.DATABASE_URL === created.url) await getPrisma().$disconnect();
    rmSync(created.dir, { recursive: true, force: true });
  });
  return created;
}
