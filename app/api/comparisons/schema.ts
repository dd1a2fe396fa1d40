import { z } from 'zod';
import { apiArticleSchema } from '@/lib/api/api-article-schema';
import { MAX_ARTICLES, MAX_LIST_PAGE } from '@/lib/api/limits';
import { isWellFormedText, loneSurrogateMessage } from '@/lib/api/well-formed';

export const createComparisonBody = z.object({
  title: z
    .string({ error: 'title must be a string' })
    .max(300, { error: 'title is longer than 300 characters' })
    .refine(isWellFormedText, { error: loneSurrogateMessage('title') })
    .optional(),
  articles: z
    .array(apiArticleSchema, { error: 'articles must be a list of articles' })
    .min(1, { error: 'give at least one article' })
    .max(MAX_ARTICLES, { error: `a comparison may have at most ${MAX_ARTICLES} articles` }),
});

export const listQuery = z.object({
  page: z.coerce.number({ error: 'page must be a number' }).int({ error: 'page must be a whole number' }).min(1, { error: 'page starts at 1' }).max(MAX_LIST_PAGE, { error: `page may be at most ${MAX_LIST_PAGE}` }).default(1),
  pageSize: z.coerce
    .number({ error: 'pageSize must be a number' })
    .int({ error: 'pageSize must be a whole number' })
    .min(1, { error: 'pageSize must be at least 1' })
    .max(100, { error: 'pageSize may be at most 100' })
    .default(20),
});

export const idempotencyKeyHeader = z
  .string()
  .min(1, { error: 'Idempotency-Key must not be empty' })
  .max(200, { error: 'Idempotency-Key may be at most 200 characters' })
  .regex(/^[\x21-\x7e]+$/, { error: 'Idempotency-Key must be printable ASCII without spaces' });
