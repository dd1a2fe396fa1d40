// For every claim, its closest claim in each other article: the one holding the largest rarity-weighted
// share of its words. Candidates come from an inverted index of words, never all pairs, and a claim
// meets at most MAX_CANDIDATES others (the ones sharing its rarest words first), so this stays linear.
import type { AnalyzedArticle, Claim } from '../contract/types';
import { claimWords, containment, type ClaimWords } from '../alignment/content-words';

const MAX_CANDIDATES = 200;

export interface Closest {
  claim: Claim;
  /** How much of the claim the closest one holds, 0..1. */
  overlap: number;
}

export class ClaimIndex {
  readonly entries: ClaimWords[];
  private readonly byWord = new Map<string, number[]>();

  constructor(claims: Claim[]) {
    this.entries = claims.map(claimWords);
    this.entries.forEach((entry, i) => {
      for (const key of entry.words.weights.keys()) {
        const list = this.byWord.get(key);
        if (list) list.push(i);
        else this.byWord.set(key, [i]);
      }
    });
  }

  /** The indexed claim holding most of `query`'s words, or null when none shares one. */
  closest(query: ClaimWords): Closest | null {
    const keys = [...query.words.weights.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
    const seen = new Set<number>();
    for (const key of keys) {
      for (const i of this.byWord.get(key) ?? []) {
        if (seen.size >= MAX_CANDIDATES) break;
        seen.add(i);
      }
      if (seen.size >= MAX_CANDIDATES) break;
    }
    let best: Closest | null = null;
    for (const i of [...seen].sort((a, b) => a - b)) {
      const overlap = containment(query.words, this.entries[i].words);
      if (!best || overlap > best.overlap) best = { claim: this.entries[i].claim, overlap };
    }
    return best;
  }
}

export function indexArticle(article: AnalyzedArticle): ClaimIndex {
  return new ClaimIndex(article.claims);
}
