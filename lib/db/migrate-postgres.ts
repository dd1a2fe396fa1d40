// Applies prisma/postgresql/migrations to a PostgreSQL database. `prisma migrate deploy` cannot do it on
// this stack: its WebAssembly schema engine fails on PostgreSQL through @prisma/adapter-pg ("Column type
// 'name' could not be deserialized", prisma/prisma#27403). This does what deploy does: each pending
// migration's SQL in its own transaction, recorded in Prisma's own `_prisma_migrations` table (same
// columns, same SHA-256 checksum), so `prisma migrate status` and a later `migrate deploy` agree with it.
// The caller holds the setup lock (scripts/db/setup.ts), so two instances starting at once migrate once.
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Client } from 'pg';

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export async function migratePostgres(client: Client, migrationsDir: string): Promise<string[]> {
  await client.query(CREATE_TABLE);
  const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
  );
  const done = new Map(rows.map((r) => [r.migration_name, r]));
  const applied: string[] = [];
  for (const name of readdirSync(migrationsDir).filter((f) => /^\d/.test(f)).sort()) {
    const sql = readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
    const checksum = createHash('sha256').update(sql).digest('hex');
    const record = done.get(name);
    if (record) {
      if (!record.finished_at) throw new Error(`parallax: migration ${name} started earlier and did not finish: repair the database, then mark it (prisma migrate resolve)`);
      if (record.checksum !== checksum) console.warn(`parallax: migration ${name} was changed after it was applied`);
      continue;
    }
    await client.query('BEGIN');
    try {
      await client.query(sql);
      await client.query(
        'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)',
        [randomUUID(), checksum, name],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw new Error(`parallax: migration ${name} failed: ${(error as Error).message}`);
    }
    applied.push(name);
  }
  return applied;
}
