// Test helper: an ArticleWithClaims built from inline text, one claim per sentence, with optional
// quotes/speaker/entities per claim, so tests do not depend on the claims stage.
import type { ArticleWithClaims, ExtractedClaim } from '@/lib/contract/stages';
import type { Entity, Span, Speaker } from '@/lib/contract/types';

export interface ClaimExtras {
  quotes?: Span[];
  speaker?: Speaker | null;
  entities?: Entity[];
}

export function span(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

export function buildArticle(text: string, extras: (claimText: string, start: number) => ClaimExtras = () => ({}), id = 'a1'): ArticleWithClaims {
  const claims: ExtractedClaim[] = [];
  const sentence = /[^.!?\n]+[.!?]*[”"]?/g;
  let m: RegExpExecArray | null;
  while ((m = sentence.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + lead;
    const extra = extras(body, start);
    claims.push({
      id: `${id}c${claims.length + 1}`,
      articleId: id,
      index: claims.length,
      start,
      end: start + body.length,
      text: body,
      paragraph: 0,
      kind: 'event',
      checkworthiness: { score: 0.5, features: [] },
      speaker: extra.speaker ?? null,
      quotes: extra.quotes ?? [],
      entities: extra.entities ?? [],
    });
  }
  return {
    id,
    outlet: `Outlet ${id}`,
    title: '',
    byline: null,
    dateline: null,
    publishedAt: null,
    url: null,
    language: { code: 'en', supported: true },
    text,
    wordCount: (text.match(/\S+/g) ?? []).length,
    removed: [],
    claims,
  };
}
