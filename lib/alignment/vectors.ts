// Claims' terms as sorted id/weight arrays, built once per comparison, so that scoring a pair is a merge of two
// short arrays instead of string-keyed map lookups (the hot path of large comparisons).
import { isFunctionTerm, type ClaimFeatures } from './claim-features';
import { ATTRIBUTION, BACKGROUND_COUNT, BACKGROUND_FLOOR, BACKGROUND_TOTAL, EVENT_KEYS, SENSE_CLASSES } from './lexicons';

/** log(total / count) from the background table: full-strength rarity for the plain overlap. */
const inverseFrequency = (key: string) => Math.log(BACKGROUND_TOTAL / (BACKGROUND_COUNT.get(key) ?? BACKGROUND_FLOOR / 2));
import type { TermWeights } from './weights';

export const WORD = 0, FUNCTION = 1, ACTOR = 2;

export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  /** WORD, FUNCTION or ACTOR per term. */
  kinds: Uint8Array;
  /** 1 where the term can name a happening (a verb or an event noun, not an attribution word). */
  events: Uint8Array;
  /** WordNet sense classes per term (undefined when it has none). */
  senses: Array<readonly number[] | undefined>;
  /** All sense classes of the claim's content words, and of its event words only. */
  senseSet: Set<number>;
  eventSenseSet: Set<number>;
  /** Sum of all weights, and of content (non-function) weights. */
  total: number;
  content: number;
  /** Sum of squared weights: rarity at full strength (weights are softened by a square root). */
  squared: number;
  /** Plain word keys of the whole claim (ids in their own dictionary, sorted) with background rarity (IDF), and its sum. */
  plainIds: Int32Array;
  plainWeights: Float64Array;
  plainTotal: number;
  /** The claim names a happening with at least one event word. */
  hasEvent: boolean;
}

export function termVectors(features: ClaimFeatures[], w: TermWeights): { vectors: TermVector[]; termCount: number } {
  const dictionary = new Map<string, number>();
  const plainDictionary = new Map<string, number>();
  const vectors = features.map((f) => {
    const entries = [...f.terms.keys()].map((key) => {
      let id = dictionary.get(key);
      if (id === undefined) dictionary.set(key, (id = dictionary.size));
      const kind = key.startsWith('@') ? ACTOR : isFunctionTerm(key) ? FUNCTION : WORD;
      const content = kind === WORD && !f.frameTerms.has(key) && !ATTRIBUTION.has(key);
      return { id, weight: w.of(f, key), kind, event: content && EVENT_KEYS.has(key) ? 1 : 0, senses: content ? SENSE_CLASSES.get(key) : undefined };
    });
    entries.sort((x, y) => x.id - y.id);
    const plain = f.plainKeys.map((key) => {
      let id = plainDictionary.get(key);
      if (id === undefined) plainDictionary.set(key, (id = plainDictionary.size));
      return { id, weight: inverseFrequency(key) };
    }).sort((x, y) => x.id - y.id);
    const vector: TermVector = {
      plainIds: Int32Array.from(plain, (e) => e.id),
      plainWeights: Float64Array.from(plain, (e) => e.weight),
      plainTotal: plain.reduce((t, e) => t + e.weight, 0),
      ids: Int32Array.from(entries, (e) => e.id),
      weights: Float64Array.from(entries, (e) => e.weight),
      kinds: Uint8Array.from(entries, (e) => e.kind),
      events: Uint8Array.from(entries, (e) => e.event),
      senses: entries.map((e) => e.senses),
      senseSet: new Set(entries.flatMap((e) => e.senses ?? [])),
      eventSenseSet: new Set(entries.flatMap((e) => (e.event ? e.senses ?? [] : []))),
      total: 0,
      content: 0,
      squared: 0,
      hasEvent: entries.some((e) => e.event === 1),
    };
    for (const e of entries) {
      vector.total += e.weight;
      vector.squared += e.weight * e.weight;
      if (e.kind !== FUNCTION) vector.content += e.weight;
    }
    return vector;
  });
  return { vectors, termCount: dictionary.size };
}

/**
 * How much more alike two claims' articles are as wholes (cosine of their summed content-term weights) than the
 * comparison's articles are on average. Two sentences alike in articles that tell the same story are more likely one
 * happening than the same words in articles about another event of the same kind (another earthquake, another
 * trial); in a comparison of one story (every article alike) this says nothing, and is 0 for two articles.
 * Articles × articles cosines, each a merge of two sparse maps.
 */
export function storySimilarity(features: ClaimFeatures[], vectors: TermVector[]): (i: number, j: number) => number {
  const articleIndex = new Map<string, number>();
  const articleOf = features.map((f) => articleIndex.get(f.articleId) ?? articleIndex.set(f.articleId, articleIndex.size).get(f.articleId)!);
  const sums = Array.from({ length: articleIndex.size }, () => new Map<number, number>());
  vectors.forEach((v, i) => {
    const sum = sums[articleOf[i]];
    for (let k = 0; k < v.ids.length; k++) if (v.kinds[k] !== FUNCTION) sum.set(v.ids[k], (sum.get(v.ids[k]) ?? 0) + v.weights[k]);
  });
  const norms = sums.map((m) => Math.sqrt([...m.values()].reduce((s, x) => s + x * x, 0)) || 1);
  const n = sums.length;
  const cosine = new Float64Array(n * n);
  let total = 0, pairs = 0;
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) {
    const [small, large] = sums[a].size <= sums[b].size ? [sums[a], sums[b]] : [sums[b], sums[a]];
    let dot = 0;
    for (const [id, x] of small) { const y = large.get(id); if (y !== undefined) dot += x * y; }
    cosine[a * n + b] = cosine[b * n + a] = dot / (norms[a] * norms[b]);
    total += cosine[a * n + b];
    pairs++;
  }
  const mean = pairs ? total / pairs : 0;
  return (i, j) => {
    const a = articleOf[i], b = articleOf[j];
    return a === b ? 0 : cosine[a * n + b] - mean;
  };
}
