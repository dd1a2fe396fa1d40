// Candidate pairs from an inverted index (term → claims), so that a comparison of many articles scores only
// claims that share a reasonably rare term instead of all pairs. Terms carried by very many claims are
// skipped for candidate generation (they still count when a pair is scored); function words never generate.
import type { ClaimFeatures } from './claim-features';
import { FUNCTION, type TermVector } from './vectors';

/** A term in more claims than this does not generate candidates (the cost would grow with pairs). */
const MIN_POSTINGS_CAP = 64;
/** Candidates fully scored per claim, best first by the cheap index score. */
const CANDIDATES_PER_CLAIM = 24;

/** For each claim index, the indices of claims in other articles worth scoring. */
export function candidatePairs(claims: ClaimFeatures[], vectors: TermVector[]): number[][] {
  const postings: number[][] = [];
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      if (v.kinds[k] === FUNCTION) continue;
      (postings[v.ids[k]] ??= []).push(i);
    }
  });
  const cap = Math.max(MIN_POSTINGS_CAP, Math.round(Math.sqrt(claims.length) * 2));
  const article = claims.map((c) => c.articleId);
  const accumulator = new Float64Array(claims.length);
  const touched: number[] = [];
  return vectors.map((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const list = postings[v.ids[k]];
      if (!list || list.length > cap) continue;
      const weight = v.weights[k];
      for (const j of list) {
        if (j === i || article[j] === article[i]) continue;
        if (accumulator[j] === 0) touched.push(j);
        accumulator[j] += weight;
      }
    }
    touched.sort((x, y) => accumulator[y] - accumulator[x] || x - y);
    const best = touched.slice(0, CANDIDATES_PER_CLAIM);
    for (const j of touched) accumulator[j] = 0;
    touched.length = 0;
    return best;
  });
}
