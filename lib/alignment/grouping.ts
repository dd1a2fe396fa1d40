// N-way grouping: every claim in exactly one group. Links at or above the threshold are merged best first,
// but two groups merge only when their members are, on average, still alike (average linkage), so that a
// chain of loosely similar claims does not snowball into one group.
import type { ClaimFeatures } from './claim-features';

export interface ScoredPair {
  i: number;
  j: number;
  score: number;
  /** Content weight shared (anchors): a "best match" sharing only a word or two is no evidence. */
  sharedContent: number;
}

/** Shared content weight a best match below the threshold needs (about two distinctive words). */
const MIN_ANCHOR = 1.7;
/** A one-sided best match (the other claim has a better partner) needs this much shared content (four or so words). */
const STRONG_ANCHOR = 1.7;

/** Share of the related floor that the average cross-article similarity of two merging groups must reach. */
export const AVERAGE_LINK_SHARE = 1.25;
/** The same for a single claim joining a group: its own link already passed the anchors test. */
const SINGLE_JOIN_SHARE = 0.9;

/**
 * Pairs that join groups: every pair at or above the (paraphrase) threshold, and, between articles that offer a
 * choice, best matches at or above `relatedFloor` that share enough distinctive content: j is claim i's best
 * counterpart in j's article and the other way round (mutual best), or one-sided with strong shared content. A best match means something only when there was a choice, so both articles need at least
 * `MIN_CHOICE` claims (two one-sentence articles are judged by the threshold alone).
 */
export function joiningPairs(claims: ClaimFeatures[], pairs: ScoredPair[], threshold: number, relatedFloor: number, nearBestShare = NEAR_BEST_SHARE): ScoredPair[] {
  const claimsPerArticle = new Map<string, number>();
  for (const c of claims) claimsPerArticle.set(c.articleId, (claimsPerArticle.get(c.articleId) ?? 0) + 1);
  const articleIndex = new Map([...claimsPerArticle.keys()].map((id, k) => [id, k]));
  const articleOf = claims.map((c) => articleIndex.get(c.articleId)!);
  const articles = articleIndex.size;
  const bestIn = new Map<number, ScoredPair>(); // claim × other article → best pair
  const keep = (x: number, y: number, p: ScoredPair) => {
    const key = x * articles + articleOf[y];
    const cur = bestIn.get(key);
    if (!cur || p.score > cur.score) bestIn.set(key, p);
  };
  for (const p of pairs) {
    if (p.score < relatedFloor) continue;
    keep(p.i, p.j, p);
    keep(p.j, p.i, p);
  }
  return pairs.filter((p) => {
    if (p.score >= threshold) return true;
    if (p.score < relatedFloor) return false;
    const a = claims[p.i], b = claims[p.j];
    if ((claimsPerArticle.get(a.articleId) ?? 0) < MIN_CHOICE || (claimsPerArticle.get(b.articleId) ?? 0) < MIN_CHOICE) return false;
    if (p.sharedContent < MIN_ANCHOR) return false;
    // near-best counts as best: an article that repeats a fact (headline and body) offers two good counterparts
    const nearBest = (x: number, y: number) => p.score >= nearBestShare * bestIn.get(x * articles + articleOf[y])!.score;
    const forward = nearBest(p.i, p.j), backward = nearBest(p.j, p.i);
    return (forward && backward) || ((forward || backward) && p.sharedContent >= STRONG_ANCHOR);
  });
}

const MIN_CHOICE = 3;
/** A match within this share of a claim's best score in that article counts as a best match. */
export const NEAR_BEST_SHARE = 0.85;

export function groupClaims(
  claims: ClaimFeatures[],
  pairs: ScoredPair[],
  threshold: number,
  relatedFloor: number,
  similarity: (i: number, j: number) => number,
  averageLinkShare = AVERAGE_LINK_SHARE,
  nearBestShare = NEAR_BEST_SHARE,
): number[][] {
  const parent = claims.map((_, i) => i);
  const members = claims.map((_, i) => [i]);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const strong = joiningPairs(claims, pairs, threshold, relatedFloor, nearBestShare).sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of strong) {
    const ri = find(i), rj = find(j);
    if (ri === rj) continue;
    // a single claim joins on its own strong link, as long as it is not unlike the rest; two groups merge only
    // when their members are alike on average
    const single = members[ri].length === 1 || members[rj].length === 1;
    const required = relatedFloor * (single ? SINGLE_JOIN_SHARE : averageLinkShare);
    if (members[ri].length + members[rj].length > 2 && averageLink(members[ri], members[rj], claims, similarity) < required) continue;
    const [big, small] = members[ri].length >= members[rj].length ? [ri, rj] : [rj, ri];
    parent[small] = big;
    members[big].push(...members[small]);
    members[small] = [];
  }
  const groups: number[][] = [];
  claims.forEach((_, i) => {
    if (find(i) === i) groups.push(members[i].sort((x, y) => x - y));
  });
  return groups;
}

/** Members of each side looked at when two big groups merge: keeps merging linear in practice. */
const AVERAGE_LINK_SAMPLE = 8;

function averageLink(x: number[], y: number[], claims: ClaimFeatures[], similarity: (i: number, j: number) => number): number {
  let sum = 0, count = 0;
  for (const i of x.slice(0, AVERAGE_LINK_SAMPLE)) for (const j of y.slice(0, AVERAGE_LINK_SAMPLE)) {
    if (claims[i].articleId === claims[j].articleId) continue;
    sum += similarity(i, j);
    count++;
  }
  return count ? sum / count : 0;
}
