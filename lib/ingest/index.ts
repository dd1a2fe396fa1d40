// Ingest stage: raw article input → clean text with metadata. Later work adds boilerplate removal.
import type { ArticleInput } from '../contract/types';
import type { IngestedArticle } from '../contract/stages';

export function ingest(input: ArticleInput, id: string): IngestedArticle {
  const raw = input.text.replace(/\r\n?/g, '\n');
  const paragraphs = raw
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
  const title = (input.title ?? '').trim();
  const body = paragraphs.join('\n\n');
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return {
    id,
    outlet: (input.outlet ?? '').trim() || `Source ${id}`,
    title,
    byline: input.byline ?? null,
    dateline: null,
    publishedAt: input.publishedAt ?? null,
    url: input.url ?? null,
    language: { code: 'en', supported: true },
    text,
    wordCount: (text.match(/\S+/g) ?? []).length,
    removed: [],
  };
}
