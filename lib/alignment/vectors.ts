// Claims' terms as sorted id/weight arrays, built once per comparison, so that scoring a pair is a merge of two
// short arrays instead of string-keyed map lookups (the hot path of large comparisons).
import { isFunctionTerm, type ClaimFeatures } from './claim-features';
import type { TermWeights } from './weights';

export const WORD = 0, FUNCTION = 1, ACTOR = 2;

export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  /** WORD, FUNCTION or ACTOR per term. */
  kinds: Uint8Array;
  /** Sum of all weights, and of content (non-function) weights. */
  total: number;
  content: number;
}

export function termVectors(features: ClaimFeatures[], w: TermWeights): { vectors: TermVector[]; termCount: number } {
  const dictionary = new Map<string, number>();
  const vectors = features.map((f) => {
    const entries = [...f.terms.keys()].map((key) => {
      let id = dictionary.get(key);
      if (id === undefined) dictionary.set(key, (id = dictionary.size));
      return { id, weight: w.of(f, key), kind: key.startsWith('@') ? ACTOR : isFunctionTerm(key) ? FUNCTION : WORD };
    });
    entries.sort((x, y) => x.id - y.id);
    const vector: TermVector = {
      ids: Int32Array.from(entries, (e) => e.id),
      weights: Float64Array.from(entries, (e) => e.weight),
      kinds: Uint8Array.from(entries, (e) => e.kind),
      total: 0,
      content: 0,
    };
    for (const e of entries) {
      vector.total += e.weight;
      if (e.kind !== FUNCTION) vector.content += e.weight;
    }
    return vector;
  });
  return { vectors, termCount: dictionary.size };
}
