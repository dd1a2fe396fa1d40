// One imported article as read from a corpus file, before ingest: the shape of a JSON line, a CSV row,
// a file of a folder or an item of a feed. `where` names it in error lines ("corpus.csv:14").
import { z } from 'zod';

/** The fields of a corpus line, shared by `parallax import` and `parallax stories`; each adds its own checks. */
export const corpusLineFields = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  outlet: z.string().optional(),
  title: z.string().optional(),
  text: z.string().optional(),
  html: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
});

export const corpusRecordSchema = corpusLineFields
  .refine((a) => (a.text ?? '').trim() !== '' || (a.html ?? '').trim() !== '', { message: 'give the article as "text" or "html"' })
  // An HTML page may name its own outlet (og:site_name, or its url's host): it is read at ingest.
  .refine((a) => (a.outlet ?? '').trim() !== '' || (a.html ?? '').trim() !== '', { message: 'give the outlet', path: ['outlet'] });

export interface CorpusRecord {
  id: string;
  /** Absent only for an HTML page, whose outlet ingest reads from the page. */
  outlet?: string;
  title?: string;
  text?: string;
  html?: string;
  url?: string;
  publishedAt?: string;
}

/** A record read, or the reason one could not be. */
export type ReadResult = { where: string; record: CorpusRecord } | { where: string; error: string };

/** Validates a raw object into a record; `fallbackId` when it carries no id of its own. */
export function toRecord(raw: unknown, where: string, fallbackId: string): ReadResult {
  const parsed = corpusRecordSchema.safeParse(raw);
  if (!parsed.success) return { where, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') };
  const a = parsed.data;
  const blank = (s: string | undefined) => (s?.trim() ? s : undefined);
  return {
    where,
    record: {
      id: String(a.id ?? fallbackId),
      outlet: blank(a.outlet)?.trim(),
      title: blank(a.title),
      text: blank(a.text),
      html: blank(a.text) ? undefined : blank(a.html),
      url: blank(a.url),
      publishedAt: blank(a.publishedAt),
    },
  };
}
