// Relative tone between aligned claims: which source words the same happening more negatively, by how much,
// and the words that make the difference ("a2 is more negative by 4; a2 says 'massacre' where a1 says 'attack'").
// A pure helper for the alignment stage, which fills `ClaimGroup.tone` with it.
import type { Claim, ToneComparison } from '../contract/types';

const JUDGING_KINDS = new Set(['loaded', 'label', 'subjective']);

interface SourceTone {
  article: string;
  score: number;
  /** Distinctive evidence, most negative first: judging annotations' words, then AFINN words. */
  negativeWords: string[];
  words: Set<string>;
}

function toneOf(article: string, claims: Claim[]): SourceTone {
  const score = claims.reduce((sum, c) => sum + c.sentiment.score, 0);
  const judged = claims.flatMap((c) => c.annotations.filter((a) => JUDGING_KINDS.has(a.kind)).map((a) => a.text.toLowerCase()));
  const scored = claims
    .flatMap((c) => c.sentiment.words)
    .filter((w) => w.score < 0)
    .sort((a, b) => a.score - b.score)
    .map((w) => w.word.toLowerCase());
  const words = new Set([...judged, ...claims.flatMap((c) => c.sentiment.words.map((w) => w.word.toLowerCase()))]);
  return { article, score, negativeWords: [...new Set([...judged, ...scored])], words };
}

const quote = (word: string) => `'${word}'`;

/**
 * Compares the tone of the claims of one group, per article. `names` maps article ids to the names to show
 * (outlet names, or "Source A" in blind mode); ids are shown otherwise.
 */
export function compareTone(claims: Claim[], names: Record<string, string> = {}): ToneComparison {
  const articles = [...new Set(claims.map((c) => c.articleId))];
  const name = (id: string) => names[id] ?? id;
  if (articles.length < 2) return { moreNegative: null, difference: 0, note: 'Only one source reports this: no tone to compare.' };
  const tones = articles.map((a) => toneOf(a, claims.filter((c) => c.articleId === a)));
  const most = tones.reduce((lo, t) => (t.score < lo.score ? t : lo));
  const least = tones.reduce((hi, t) => (t.score > hi.score ? t : hi));
  const difference = least.score - most.score;
  if (difference === 0) {
    return { moreNegative: null, difference: 0, note: `Same tone in all sources (score ${most.score}).` };
  }
  const own = most.negativeWords.filter((w) => !least.words.has(w));
  const theirs = least.negativeWords.filter((w) => !most.words.has(w));
  let note = `${name(most.article)} is more negative by ${difference}`;
  if (own.length > 0 && theirs.length > 0) note += `; ${name(most.article)} says ${quote(own[0])} where ${name(least.article)} says ${quote(theirs[0])}`;
  else if (own.length > 0) note += `; ${name(most.article)} says ${own.slice(0, 3).map(quote).join(', ')}, ${name(least.article)} has no such words`;
  return { moreNegative: most.article, difference, note: `${note}.` };
}
