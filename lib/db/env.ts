// The validated environment of the storage layer.
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z
    .string()
    .default('file:./data/dev.db')
    .refine((url) => url.startsWith('file:'), 'DATABASE_URL must be a SQLite file URL such as file:./data/dev.db'),
});

export function readDatabaseEnv() {
  const parsed = schema.safeParse({ DATABASE_URL: process.env.DATABASE_URL || undefined });
  if (!parsed.success) throw new Error(`parallax: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}
