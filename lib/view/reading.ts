// Reading mode: one article in full, cut into paragraphs of claims and the text between them,
// plus the counterparts of the selected claim in the other sources.
import type { Analysis, AnalyzedArticle, Claim, ClaimGroup, ClaimLink } from '../contract/types';
import { indexClaims } from './claim-index';

export type Piece = { type: 'text'; start: number; end: number; text: string } | { type: 'claim'; claim: Claim };

export interface Paragraph {
  start: number;
  pieces: Piece[];
}

/** Paragraphs are the text's lines; claims are placed by offset, text between them kept verbatim. */
export function articleParagraphs(article: AnalyzedArticle): Paragraph[] {
  const claims = [...article.claims].sort((a, b) => a.start - b.start);
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  let next = 0;
  for (const line of article.text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const pieces: Piece[] = [];
    let cursor = lineStart;
    while (next < claims.length && claims[next].start < lineEnd) {
      const claim = claims[next++];
      const start = Math.max(claim.start, cursor);
      if (start > cursor) pieces.push({ type: 'text', start: cursor, end: start, text: article.text.slice(cursor, start) });
      pieces.push({ type: 'claim', claim });
      cursor = Math.max(cursor, claim.end);
    }
    if (cursor < lineEnd) pieces.push({ type: 'text', start: cursor, end: lineEnd, text: article.text.slice(cursor, lineEnd) });
    if (pieces.some((p) => p.type === 'claim' || p.text.trim())) paragraphs.push({ start: lineStart, pieces });
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

export interface Counterparts {
  claim: Claim;
  group: ClaimGroup | null;
  /** One entry per other source: its claims in the same group (empty: not reported). */
  others: { article: string; claims: Claim[] }[];
  /** Best-scoring links to claims outside the group: near misses a reader may want to check. */
  nearMisses: { link: ClaimLink; claim: Claim }[];
}

const NEAR_MISSES = 3;

export function counterparts(analysis: Analysis, claimId: string): Counterparts | null {
  const index = indexClaims(analysis);
  const claim = index.claim.get(claimId);
  if (!claim) return null;
  const group = index.groupOf.get(claimId) ?? null;
  const inGroup = new Set(group?.claims ?? [claimId]);
  const others = analysis.articles
    .filter((a) => a.id !== claim.articleId)
    .map((a) => ({ article: a.id, claims: a.claims.filter((c) => inGroup.has(c.id)) }));
  const nearMisses = analysis.links
    .filter((l) => l.a === claimId || l.b === claimId)
    .map((link) => ({ link, claim: index.claim.get(link.a === claimId ? link.b : link.a) }))
    .filter((m): m is { link: ClaimLink; claim: Claim } => m.claim !== undefined && !inGroup.has(m.claim.id))
    .sort((x, y) => y.link.score - x.link.score)
    .slice(0, NEAR_MISSES);
  return { claim, group, others, nearMisses };
}
