// Candidate pairs from an inverted index (term → claims), so that a comparison of many articles scores only
// claims that share a reasonably rare term instead of all pairs. Terms carried by very many claims are
// skipped for candidate generation (they still count when a pair is scored).
import { isFunctionTerm, type ClaimFeatures } from './claim-features';
import type { TermWeights } from './weights';

/** A term in more claims than this does not generate candidates (the cost would grow with pairs). */
const MIN_POSTINGS_CAP = 64;
/** Candidates fully scored per claim, best first by the cheap index score. */
const CANDIDATES_PER_CLAIM = 24;

/** For each claim index, the indices of claims in other articles worth scoring. */
export function candidatePairs(claims: ClaimFeatures[], w: TermWeights): number[][] {
  const postings = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const key of c.terms.keys()) {
      if (isFunctionTerm(key)) continue;
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(i);
    }
  });
  const cap = Math.max(MIN_POSTINGS_CAP, Math.round(Math.sqrt(claims.length) * 2));
  const result: number[][] = claims.map(() => []);
  const accumulator = new Float64Array(claims.length);
  const touched: number[] = [];
  claims.forEach((c, i) => {
    for (const key of c.terms.keys()) {
      const list = postings.get(key);
      if (!list || list.length > cap) continue;
      const weight = w.of(c, key);
      for (const j of list) {
        if (j === i || claims[j].articleId === c.articleId) continue;
        if (accumulator[j] === 0) touched.push(j);
        accumulator[j] += weight;
      }
    }
    touched.sort((x, y) => accumulator[y] - accumulator[x] || x - y);
    result[i] = touched.slice(0, CANDIDATES_PER_CLAIM);
    for (const j of touched) accumulator[j] = 0;
    touched.length = 0;
  });
  return result;
}
