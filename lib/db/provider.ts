// Which database a DATABASE_URL names, from its scheme alone: the one place that decides it, shared by
// prisma.config.ts (migrations), lib/db/client.ts (the app) and scripts/db (schemas, setup).

export const PROVIDERS = ['sqlite', 'postgresql'] as const;
export type DatabaseProvider = (typeof PROVIDERS)[number];

export const DEFAULT_DATABASE_URL = 'file:./data/dev.db';

const SCHEMES: Record<string, DatabaseProvider> = { 'file:': 'sqlite', 'postgres:': 'postgresql', 'postgresql:': 'postgresql' };

/** `file:` → sqlite, `postgres://` or `postgresql://` → postgresql; anything else is refused by name. */
export function databaseProvider(url: string): DatabaseProvider {
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url.trim())?.[1]?.toLowerCase();
  const provider = scheme ? SCHEMES[scheme] : undefined;
  if (!provider) {
    const named = scheme ? `the scheme "${scheme.slice(0, -1)}"` : 'no scheme';
    throw new Error(
      `parallax: DATABASE_URL has ${named}; use file:PATH for SQLite (e.g. ${DEFAULT_DATABASE_URL}) or postgresql://USER@HOST:PORT/DB (also postgres://) for PostgreSQL`,
    );
  }
  return provider;
}

/** The generated schema of a provider and its migrations, relative to the project root. */
export const schemaPath = (provider: DatabaseProvider) => `prisma/${provider}/schema.prisma`;
export const migrationsPath = (provider: DatabaseProvider) => `prisma/${provider}/migrations`;
