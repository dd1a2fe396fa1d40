import { z } from 'zod';

export type CorpusContext = { params: Promise<{ id: string }> };

// Ids are opaque; anything longer than a stored id cannot exist, so it is simply not found.
export const corpusIdParams = z.object({ id: z.string().max(200).catch('') });

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'give a date as YYYY-MM-DD');
const blankAsAbsent = (value: unknown) => (value === '' ? undefined : value);

/** Filters of the corpus page and its exports: ?from=&to=&outlet=&actor=&format=json|csv (an empty field is no filter). */
export const corpusQuery = z.object({
  from: z.preprocess(blankAsAbsent, day.optional()),
  to: z.preprocess(blankAsAbsent, day.optional()),
  outlet: z.preprocess(blankAsAbsent, z.string().max(200).optional()),
  actor: z.preprocess(blankAsAbsent, z.string().max(200).optional()),
  format: z.enum(['json', 'csv']).default('json'),
  download: z.string().max(10).optional(),
});

/** The page's query, forgiving: a bad value is dropped rather than failing the page. */
export function pageFilter(params: Record<string, string | string[] | undefined>) {
  const one = (k: string) => (typeof params[k] === 'string' && params[k] ? (params[k] as string) : undefined);
  const keep = (k: 'from' | 'to' | 'outlet' | 'actor') => {
    const parsed = corpusQuery.shape[k].safeParse(one(k));
    return parsed.success ? parsed.data : undefined;
  };
  return { from: keep('from'), to: keep('to'), outlet: keep('outlet'), actor: keep('actor') };
}
