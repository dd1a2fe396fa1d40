import { z } from 'zod';
import { apiArticleSchema } from '@/lib/api/api-article-schema';
import { MAX_REFERENCES } from '@/lib/check';

export const checkBody = z.object({
  draft: apiArticleSchema,
  references: z
    .array(apiArticleSchema, { error: 'references must be a list of articles' })
    .min(1, { error: 'give at least one reference' })
    .max(MAX_REFERENCES, { error: `at most ${MAX_REFERENCES} references can be checked against` }),
});
