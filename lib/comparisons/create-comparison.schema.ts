import { z } from 'zod';

export const MAX_ARTICLES = 12;
export const MAX_ARTICLE_CHARS = 200_000;

const optionalText = (max: number) => z.string().max(max).optional();

export const articleInputSchema = z.object({
  outlet: optionalText(200),
  title: optionalText(1000),
  text: z
    .string({ error: 'text is required' })
    .max(MAX_ARTICLE_CHARS, `an article may have at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`)
    .refine((text) => text.trim().length > 0, 'the article text is empty'),
  url: optionalText(2048),
  publishedAt: optionalText(100),
  byline: optionalText(500),
  html: z.string().max(5 * 1024 * 1024).optional(),
});

export const createComparisonSchema = z.object({
  title: optionalText(300),
  articles: z
    .array(articleInputSchema)
    .min(1, 'give at least one article')
    .max(MAX_ARTICLES, `a comparison may have at most ${MAX_ARTICLES} articles`),
  /** Scoped by the caller to one client ("<client> <key>"), so clients cannot see each other's replays. */
  idempotencyKey: z.string().min(1).max(300).optional(),
  /** A hash of the request that carried the key; a replay whose hash differs is refused with 422. */
  idempotencyBodyHash: z.string().max(128).optional(),
  id: z.string().regex(/^[a-z0-9-]{3,64}$/).optional(),
});

export type CreateComparisonOptions = z.input<typeof createComparisonSchema>;
