// Relative tone between aligned claims: which source words the same happening more negatively, by how much,
// and the words that make the difference ("B is more negative by 4; B says 'massacre' where A says 'attack'"),
// with the sources' narrator-bias scores when their wording differs clearly. Tone counts narrator evaluative words only.
// A pure helper for the alignment stage, which fills `ClaimGroup.tone` with it.
import type { Claim, ToneComparison } from '../contract/types';

const JUDGING_KINDS = new Set(['loaded', 'label', 'subjective']);
/** Below this gap in mean narrator-bias score the sources' wording is not called different. */
const BIAS_GAP = 0.1;

interface SourceTone {
  article: string;
  score: number;
  /** Negative evidence, strongest first: judging annotations' words, then negative AFINN words. */
  negative: string[];
  positive: string[];
  /** Every scored or judged word, lower-cased, to tell what only one side says. */
  all: Set<string>;
  /** Mean narrator-bias score of the claims (lib/bias), null when no claim has one. */
  bias: number | null;
}

const unique = (words: string[]) => [...new Map(words.map((w) => [w.toLowerCase(), w])).values()];

function toneOf(article: string, claims: Claim[]): SourceTone {
  const judged = claims.flatMap((c) => c.annotations.filter((a) => JUDGING_KINDS.has(a.kind)).map((a) => a.text));
  const scored = claims.flatMap((c) => c.sentiment.words);
  const byScore = (sign: number) =>
    scored
      .filter((w) => Math.sign(w.score) === sign)
      .sort((a, b) => sign * (b.score - a.score))
      .map((w) => w.word);
  return {
    article,
    score: claims.reduce((sum, c) => sum + c.sentiment.score, 0),
    negative: unique([...judged, ...byScore(-1)]),
    positive: unique(byScore(1)),
    all: new Set([...judged, ...scored.map((w) => w.word)].map((w) => w.toLowerCase())),
    bias: meanBias(claims),
  };
}

function meanBias(claims: Claim[]): number | null {
  const scores = claims.filter((c) => c.bias).map((c) => c.bias!.score);
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

/** The narrator-bias scores beside the tone: tone says which way the words lean, bias how loaded the wording is. */
function biasNote(tones: SourceTone[], name: (id: string) => string): string {
  if (tones.some((t) => t.bias === null)) return '';
  const ranked = [...tones].sort((a, b) => b.bias! - a.bias!);
  if (ranked[0].bias! - ranked[ranked.length - 1].bias! < BIAS_GAP) return '';
  return ` Narrator bias: ${ranked.map((t) => `${name(t.article)} ${t.bias!.toFixed(2)}`).join(', ')}.`;
}

const quote = (words: string[]) => words.map((w) => `'${w}'`).join(', ');
const onlyIn = (words: string[], other: SourceTone) => words.filter((w) => !other.all.has(w.toLowerCase()));

function evidence(most: SourceTone, least: SourceTone, name: (id: string) => string): string {
  const own = onlyIn(most.negative, least);
  const theirs = onlyIn(least.negative, most);
  if (own.length && theirs.length) return `; ${name(most.article)} says ${quote(own.slice(0, 1))} where ${name(least.article)} says ${quote(theirs.slice(0, 1))}`;
  if (own.length) return `; ${name(most.article)} says ${quote(own.slice(0, 3))}, ${name(least.article)} has no such words`;
  const kinder = onlyIn(least.positive, most);
  if (kinder.length) return `; ${name(least.article)} uses positive words ${name(most.article)} does not: ${quote(kinder.slice(0, 3))}`;
  return '';
}

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
  const bias = biasNote(tones, name);
  if (difference === 0) return { moreNegative: null, difference: 0, note: `Same tone in all sources (score ${most.score}).${bias}` };
  return {
    moreNegative: most.article,
    difference,
    note: `${name(most.article)} is more negative by ${difference}${evidence(most, least, name)}.${bias}`,
  };
}
