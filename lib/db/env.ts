// The validated environment of the storage layer.
import { z } from 'zod';
import { DEFAULT_DATABASE_URL, databaseProvider, type DatabaseProvider } from './provider';

const schema = z.object({ DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL) });

export function readDatabaseEnv(): { DATABASE_URL: string; provider: DatabaseProvider } {
  const parsed = schema.safeParse({ DATABASE_URL: process.env.DATABASE_URL || undefined });
  if (!parsed.success) throw new Error(`parallax: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return { DATABASE_URL: parsed.data.DATABASE_URL, provider: databaseProvider(parsed.data.DATABASE_URL) };
}
