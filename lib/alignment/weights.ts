// Rarity of a term. Two sources, multiplied: how rare the word is in general English (background counts, so
// that a comparison of two sentences still knows "the deal" from "Muscat"), and how rare it is inside this
// comparison (a word in every claim of a comparison about Iran says little about which happening a claim is).
import { STOPWORDS, BACKGROUND_COUNT, BACKGROUND_FLOOR, BACKGROUND_TOTAL } from './lexicons';
import { normaliseWord } from './normalise';
import synonymsFile from '../../lexicons/alignment-synonyms.json';
import type { ClaimFeatures } from './claim-features';

const MAX_IDF = Math.log(BACKGROUND_TOTAL / (BACKGROUND_FLOOR / 2));
/** Share of a term's weight set by its rarity inside the comparison: grows with the number of claims (a comparison
 *  of two sentences cannot judge rarity; one of a hundred claims can), up to this maximum. */
const MAX_COMPARISON_SHARE = 0.9;
const CLAIMS_FOR_FULL_SHARE = 100;
/** Background rarity is softened by this power: measured on MSRP, full IDF contrast over-rewards rare words. */
const RARITY_POWER = 0.5;
/** Function words count, at this share of their (already low) weight: they carry sentence structure. */
const STOPWORD_SHARE = 0.5;
/** Weight kept by attribution words ("said", "told") when the claim's content span is unknown. */
const FRAME_WEIGHT = 0.1;
/** Weight kept by the other words outside a speaker's content (the speaker's name, whom they told). */
const CONTEXT_WEIGHT = 0.5;

const classCount = new Map<string, number>();
for (const entry of synonymsFile.entries) {
  const counts = entry.words.filter((w) => !w.includes(' ')).map((w) => BACKGROUND_COUNT.get(normaliseWord(w)) ?? BACKGROUND_FLOOR / 2);
  // geometric mean: a class as common as its typical member
  classCount.set(`~${entry.id}`, Math.exp(counts.reduce((s, c) => s + Math.log(c), 0) / counts.length));
}

function backgroundCount(key: string): number {
  if (key.startsWith('~')) return classCount.get(key) ?? BACKGROUND_FLOOR / 2;
  if (key.startsWith('@')) {
    // an actor is as rare as its rarest word ("Esmaeil Baghaei" is rare even if "Esmaeil" were common)
    const words = key.slice(1).split(/[\s-]+/).filter(Boolean);
    return Math.min(...words.map((w) => BACKGROUND_COUNT.get(normaliseWord(w)) ?? BACKGROUND_FLOOR / 2));
  }
  return BACKGROUND_COUNT.get(key) ?? BACKGROUND_FLOOR / 2;
}

/** A pair of neighbouring words counts this much of its words' mean weight: order is extra evidence, not new words. */
export const BIGRAM_SHARE = 0.5;

/** Background rarity in 0..1: 1 for words rarer than the table's floor. */
export function backgroundWeight(key: string): number {
  if (key.startsWith('^')) {
    const [x, y] = key.slice(1).split(' ');
    return (BIGRAM_SHARE * (backgroundWeight(x) + backgroundWeight(y))) / 2;
  }
  return Math.pow(Math.max(0.05, Math.log(BACKGROUND_TOTAL / backgroundCount(key)) / MAX_IDF), RARITY_POWER);
}

export interface TermWeights {
  /** Weight of a term as it occurs in one claim (attribution frame words weigh less). */
  of(features: ClaimFeatures, key: string): number;
  /** Weight of a term independent of the claim. */
  base(key: string): number;
  /** How many claims carry the term. */
  df(key: string): number;
  /** Share of a term's weight set by rarity inside this comparison (0 for two sentences, up to 0.9). */
  comparisonShare: number;
}

export function termWeights(all: ClaimFeatures[], rarity: 'background' | 'flat' = 'background'): TermWeights {
  const df = new Map<string, number>();
  for (const f of all) for (const key of f.terms.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = all.length;
  const share = Math.min(MAX_COMPARISON_SHARE, n / CLAIMS_FOR_FULL_SHARE);
  const cache = new Map<string, number>();
  const base = (key: string) => {
    let w = cache.get(key);
    if (w === undefined) {
      const inComparison = n > 1 ? Math.log(1 + n / (df.get(key) ?? 1)) / Math.log(1 + n) : 1;
      w = (rarity === 'flat' ? 1 : backgroundWeight(key)) * (1 - share + share * inComparison);
      cache.set(key, w);
    }
    return w;
  };
  return {
    base,
    of: (features, key) => base(key) * (features.frameTerms.has(key) ? FRAME_WEIGHT : features.contextTerms.has(key) ? CONTEXT_WEIGHT : 1) * (features.nameShare.get(key) ?? 1) * (STOPWORDS.has(key) ? STOPWORD_SHARE : 1),
    df: (key) => df.get(key) ?? 0,
    comparisonShare: share,
  };
}
