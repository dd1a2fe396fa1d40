// Writes each provider's Prisma schema from the one models source, prisma/models.prisma: the models
// are copied as they are; only the generator (its own client folder) and the datasource differ.
// `npm run db:schemas` writes them; `--check` fails when a committed schema is out of date (jest does
// the same in __tests__/storage/schemas.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROVIDERS, schemaPath, type DatabaseProvider } from '../../lib/db/provider';

const ROOT = path.resolve(__dirname, '..', '..');

export function providerSchema(provider: DatabaseProvider, models: string): string {
  return `// GENERATED from prisma/models.prisma by scripts/db/generate-schemas.ts (npm run db:schemas): do not edit.

generator client {
  provider     = "prisma-client"
  output       = "../../generated/${provider}"
  engineType   = "client"
  moduleFormat = "cjs"
}

datasource db {
  provider = "${provider}"
  url      = env("DATABASE_URL")
}

${models.trimEnd()}
`;
}

export function expectedSchemas(): Map<string, string> {
  const models = readFileSync(path.join(ROOT, 'prisma', 'models.prisma'), 'utf8');
  return new Map(PROVIDERS.map((provider) => [schemaPath(provider), providerSchema(provider, models)]));
}

function main() {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [file, text] of expectedSchemas()) {
    const full = path.join(ROOT, file);
    let current = '';
    try {
      current = readFileSync(full, 'utf8');
    } catch {
      // not written yet
    }
    if (current === text) continue;
    if (check) stale.push(file);
    else {
      writeFileSync(full, text);
      console.log(`parallax: wrote ${file}`);
    }
  }
  if (stale.length) {
    console.error(`parallax: ${stale.join(', ')} out of date with prisma/models.prisma: run npm run db:schemas`);
    process.exit(1);
  }
}

if (require.main === module) main();
