// Generates the Prisma client of every provider (generated/sqlite, generated/postgresql), whatever
// DATABASE_URL says: the app picks one at start. Run by `postinstall` and `npm run setup`. A client
// already generated from the same schema and Prisma version is left alone, so that app instances
// starting beside a running one do not rewrite files it (or a build in progress) reads.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROVIDERS, schemaPath } from '../../lib/db/provider';

const ROOT = path.resolve(__dirname, '..', '..');
/** A URL of each provider's scheme, only for prisma.config.ts to pick the schema; nothing connects to it. */
const PLACEHOLDER_URL = { sqlite: 'file:./data/generate.db', postgresql: 'postgresql://localhost/parallax' } as const;
const force = process.argv.includes('--force');

const prismaVersion = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'prisma', 'package.json'), 'utf8')) as { version: string }).version;

for (const provider of PROVIDERS) {
  const stamp = path.join(ROOT, 'generated', provider, '.parallax-schema.sha256');
  const hash = createHash('sha256').update(prismaVersion).update(readFileSync(path.join(ROOT, schemaPath(provider)))).digest('hex');
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash && existsSync(path.join(ROOT, 'generated', provider, 'client.ts'))) continue;
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'prisma'), ['generate'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: PLACEHOLDER_URL[provider] },
  });
  writeFileSync(stamp, `${hash}\n`);
}
