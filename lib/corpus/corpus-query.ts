// The corpus filters as one query schema for the corpus page's GET forms and GET /api/corpora/{id}:
// ?from=&to=&outlet=&actor=&format=json|csv; an empty field (a form's blank input) is no filter.
import { z } from 'zod';
import type { CorpusFilter } from './get-corpus';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'give a date as YYYY-MM-DD');
const blankAsAbsent = (value: unknown) => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsAbsent, schema.optional());

export const corpusQuery = z.object({
  from: optional(day),
  to: optional(day),
  outlet: optional(z.string().max(200)),
  actor: optional(z.string().max(200)),
  format: z.enum(['json', 'csv']).default('json'),
  download: z.string().max(10).optional(),
});

type Params = Record<string, string | string[] | undefined>;
const one = (params: Params, key: string) => (typeof params[key] === 'string' ? (params[key] as string) : undefined);

/** The page's filter, forgiving: a malformed value is dropped rather than failing the page. */
export function pageFilter(params: Params): CorpusFilter {
  const keep = (key: 'from' | 'to' | 'outlet' | 'actor') => {
    const parsed = corpusQuery.shape[key].safeParse(one(params, key));
    return parsed.success ? (parsed.data as string | undefined) : undefined;
  };
  const filter: CorpusFilter = {};
  for (const key of ['from', 'to', 'outlet', 'actor'] as const) {
    const value = keep(key);
    if (value !== undefined) filter[key] = value;
  }
  return filter;
}

/** The filter as a query string (for export links and the side-by-side form), empty fields left out. */
export function filterQuery(filter: CorpusFilter, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
