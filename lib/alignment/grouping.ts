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
  /** Content words shared exactly or through WordNet, actors left out. */
  evidence: number;
  /** Shares the trigger (event word) or the place. */
  sameHappening: boolean;
}

/** Shared content weight a best match below the threshold needs (about two distinctive words). */
const MIN_ANCHOR = 1.4;
/** A one-sided best match (the other claim has a better partner) needs this much shared content (four or so words). */
const STRONG_ANCHOR = 1.7;

/** Share of the related floor that the average cross-article similarity of two merging groups must reach. */
export const AVERAGE_LINK_SHARE = 1.4;
/** The same for a single claim joining a group: its own link already passed the anchors test. */
export const SINGLE_JOIN_SHARE = 1.2;

/**
 * Pairs that join groups: every pair at or above the (paraphrase) threshold, and, between articles that offer a
 * choice, best matches at or above `relatedFloor` that share enough distinctive content: j is claim i's best
 * counterpart in j's article and the other way round (mutual best), or one-sided with strong shared content. A best match means something only when there was a choice, so both articles need at least
 * `MIN_CHOICE` claims (two one-sentence articles are judged by the threshold alone).
 */
export function joiningPairs(claims: ClaimFeatures[], pairs: ScoredPair[], threshold: number, relatedFloor: number, nearBestShare = NEAR_BEST_SHARE, minEvidence = MIN_EVIDENCE, storyThreshold = STORY_THRESHOLD, minAnchor = MIN_ANCHOR): ScoredPair[] {
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
  // a best match is the best among the counterparts that share words for the happening (same people alone is not one)
  for (const p of pairs) {
    if (p.score < relatedFloor || p.evidence < minEvidence) continue;
    keep(p.i, p.j, p);
    keep(p.j, p.i, p);
  }
  const fewClaims = (p: ScoredPair) => (claimsPerArticle.get(claims[p.i].articleId) ?? 0) < MIN_CHOICE || (claimsPerArticle.get(claims[p.j].articleId) ?? 0) < MIN_CHOICE;
  return pairs.filter((p) => {
    // between articles that tell a whole story, the same people in two claims are not yet the same happening:
    // a join needs shared words for the happening itself (exact or WordNet)
    if (fewClaims(p)) return p.score >= threshold;
    if (p.evidence < minEvidence) return false;
    if (p.score >= storyThreshold) return true;
    if (p.score < relatedFloor) return false;
    // a best match below the story threshold must name the same happening: its trigger or its place
    if (!p.sameHappening) return false;
    if (p.sharedContent < minAnchor) return false;
    // near-best counts as best: an article that repeats a fact (headline and body) offers two good counterparts
    const nearBest = (x: number, y: number) => p.score >= nearBestShare * bestIn.get(x * articles + articleOf[y])!.score;
    const forward = nearBest(p.i, p.j), backward = nearBest(p.j, p.i);
    return (forward && backward) || ((forward || backward) && p.sharedContent >= Math.max(minAnchor, STRONG_ANCHOR));
  });
}

const MIN_CHOICE = 3;
/** Word evidence (content weight shared exactly or through WordNet, actors left out) a join needs between multi-claim articles. */
export const MIN_EVIDENCE = 1;
/** Between multi-claim articles, a pair at or above this probability joins without being a best match. */
export const STORY_THRESHOLD = 0.55;
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
  singleJoinShare = SINGLE_JOIN_SHARE,
  minEvidence = MIN_EVIDENCE,
  storyThreshold = STORY_THRESHOLD,
  minAnchor = MIN_ANCHOR,
): number[][] {
  const parent = claims.map((_, i) => i);
  const members = claims.map((_, i) => [i]);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const strong = joiningPairs(claims, pairs, threshold, relatedFloor, nearBestShare, minEvidence, storyThreshold, minAnchor).sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of strong) {
    const ri = find(i), rj = find(j);
    if (ri === rj) continue;
    // a single claim joins on its own strong link, as long as it is not unlike the rest; two groups merge only
    // when their members are alike on average
    const single = members[ri].length === 1 || members[rj].length === 1;
    const required = relatedFloor * (single ? singleJoinShare : averageLinkShare);
    if (members[ri].length + members[rj].length > 2 && averageLink(members[ri], members[rj], similarity) < required) continue;
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

function averageLink(x: number[], y: number[], similarity: (i: number, j: number) => number): number {
  // every pair counts, members of one article too: two claims of one article about different happenings of the
  // story keep a group from absorbing the other through a shared counterpart (a hub)
  let sum = 0, count = 0;
  for (const i of x.slice(0, AVERAGE_LINK_SAMPLE)) for (const j of y.slice(0, AVERAGE_LINK_SAMPLE)) {
    sum += similarity(i, j);
    count++;
  }
  return count ? sum / count : 0;
}
