// `npm run setup`: applies the migrations of the database DATABASE_URL names and seeds the demo. Safe
// when several app instances start at once on one database: on PostgreSQL the whole setup holds an
// advisory lock, so one instance migrates and seeds and the others then find it done; on SQLite
// `prisma migrate deploy` takes its own lock on the file.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { getPrisma } from '../../lib/db/client';
import { readDatabaseEnv } from '../../lib/db/env';
import { migratePostgres } from '../../lib/db/migrate-postgres';
import { migrationsPath } from '../../lib/db/provider';
import { closeAnalysisPool } from '../../lib/workers/analysis-pool';
import { seedDemo } from '../seed';

const ROOT = path.resolve(__dirname, '..', '..');
/** Any fixed number: the advisory lock that serialises setups on one database. */
const SETUP_LOCK = 727_010_013;

export async function setupDatabase({ seed = true }: { seed?: boolean } = {}): Promise<void> {
  const { DATABASE_URL, provider } = readDatabaseEnv();
  if (provider === 'sqlite') {
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], { cwd: ROOT, stdio: 'inherit', env: process.env });
    if (seed) await seedDemo();
    return;
  }
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK]);
    const applied = await migratePostgres(client, path.join(ROOT, migrationsPath('postgresql')));
    console.log(applied.length ? `parallax: applied ${applied.join(', ')}` : 'parallax: the PostgreSQL database is up to date');
    if (seed) await seedDemo();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK]).catch(() => {});
    await client.end();
  }
}

if (require.main === module) {
  setupDatabase({ seed: !process.argv.includes('--no-seed') })
    .then(async () => {
      await closeAnalysisPool();
      await getPrisma().$disconnect();
    })
    .catch((error) => {
      console.error(`parallax: setup failed: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    });
}
