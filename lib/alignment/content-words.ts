// The words a claim is compared by: content words as alignment keys them (stemmed, irregular forms
// joined, function words dropped), each weighed by its rarity in the SUBTLEX-US background counts, so
// that sharing "Araghchi" counts for more than sharing "said". Numbers are kept apart, so a changed
// number is a conflict between two counterparts and not a missing fact.
import type { Claim } from '../contract/types';
import { BACKGROUND_COUNT, BACKGROUND_FLOOR, BACKGROUND_TOTAL, STOPWORDS } from './lexicons';
import { normaliseWord } from './normalise';

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** log(total / count): a word unseen in the background counts as if seen BACKGROUND_FLOOR times. */
export function rarity(key: string): number {
  return Math.log(BACKGROUND_TOTAL / Math.max(BACKGROUND_COUNT.get(key) ?? 0, BACKGROUND_FLOOR));
}

export interface Words {
  /** Content word key → rarity weight. */
  weights: Map<string, number>;
  total: number;
}

export function contentWords(text: string): Words {
  const weights = new Map<string, number>();
  for (const match of text.matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    if (STOPWORDS.has(lower)) continue;
    const key = normaliseWord(lower);
    if (STOPWORDS.has(key) || key.length < 2 || weights.has(key)) continue;
    weights.set(key, rarity(key));
  }
  let total = 0;
  for (const w of weights.values()) total += w;
  return { weights, total };
}

export interface ClaimWords {
  claim: Claim;
  words: Words;
}

export const claimWords = (claim: Claim): ClaimWords => ({ claim, words: contentWords(claim.text) });

/** Rarity-weighted share of `a`'s words that `b` has: how much of claim a claim b holds. */
export function containment(a: Words, b: Words): number {
  if (a.total === 0) return 0;
  let shared = 0;
  for (const [key, weight] of a.weights) if (b.weights.has(key)) shared += weight;
  return shared / a.total;
}
