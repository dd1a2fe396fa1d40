// Generates the Prisma client of every provider (generated/sqlite, generated/postgresql), whatever
// DATABASE_URL says: the app picks one at start. Run by `postinstall` and `npm run setup`.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PROVIDERS } from '../../lib/db/provider';

const ROOT = path.resolve(__dirname, '..', '..');
/** A URL of each provider's scheme, only for prisma.config.ts to pick the schema; nothing connects to it. */
const PLACEHOLDER_URL = { sqlite: 'file:./data/generate.db', postgresql: 'postgresql://localhost/parallax' } as const;

for (const provider of PROVIDERS) {
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'prisma'), ['generate'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: PLACEHOLDER_URL[provider] },
  });
}
