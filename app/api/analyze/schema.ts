import { z } from 'zod';
import { apiArticleSchema } from '@/lib/api/api-article-schema';
import { MAX_ARTICLES } from '@/lib/api/limits';

export const analyzeBody = z.object({
  articles: z
    .array(apiArticleSchema, { error: 'articles must be a list of articles' })
    .min(1, { error: 'give at least one article' })
    .max(MAX_ARTICLES, { error: `at most ${MAX_ARTICLES} articles can be analysed together` }),
});
