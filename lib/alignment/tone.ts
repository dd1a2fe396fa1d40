// Tone of a group's members compared per article, from the claims' AFINN scores (the sentiment stage).
// Used until the framing stage's compareTone is available; it names the words behind the difference.
import type { Claim, ToneComparison } from '../contract/types';

/** A difference of AFINN points below this is "level": single mild words should not make a headline. */
const LEVEL = 2;

export function compareGroupTone(members: Claim[], outletOf: (articleId: string) => string): ToneComparison | null {
  const byArticle = new Map<string, Claim[]>();
  for (const c of members) (byArticle.get(c.articleId) ?? byArticle.set(c.articleId, []).get(c.articleId)!).push(c);
  if (byArticle.size < 2) return null;
  const means = [...byArticle.entries()].map(([article, claims]) => ({
    article,
    mean: claims.reduce((s, c) => s + (c.sentiment?.score ?? 0), 0) / claims.length,
    words: claims.flatMap((c) => c.sentiment?.words ?? []),
  }));
  means.sort((a, b) => a.mean - b.mean || a.article.localeCompare(b.article));
  const low = means[0], high = means[means.length - 1];
  const difference = Number((high.mean - low.mean).toFixed(2));
  if (difference < LEVEL) return { moreNegative: null, difference, note: 'similar tone' };
  const negative = [...new Set(low.words.filter((w) => w.score < 0).map((w) => `"${w.word}"`))].slice(0, 4);
  const positive = [...new Set(high.words.filter((w) => w.score > 0).map((w) => `"${w.word}"`))].slice(0, 4);
  const why = [negative.length ? `${outletOf(low.article)} says ${negative.join(', ')}` : '', positive.length ? `${outletOf(high.article)} says ${positive.join(', ')}` : '']
    .filter(Boolean)
    .join('; ');
  return {
    moreNegative: low.article,
    difference,
    note: `${outletOf(low.article)} is more negative than ${outletOf(high.article)}${why ? ` (${why})` : ''}`,
  };
}
