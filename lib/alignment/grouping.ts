// N-way grouping: every claim in exactly one group. Links at or above the threshold are merged best first,
// but two groups merge only when their members are, on average, still alike (average linkage), so that a
// chain of loosely similar claims does not snowball into one group.
import type { ClaimFeatures } from './claim-features';

export interface ScoredPair {
  i: number;
  j: number;
  score: number;
}

/** Share of the threshold that the average cross-article similarity of two merging groups must reach. */
const AVERAGE_LINK_SHARE = 0.6;

export function groupClaims(
  claims: ClaimFeatures[],
  pairs: ScoredPair[],
  threshold: number,
  similarity: (i: number, j: number) => number,
): number[][] {
  const parent = claims.map((_, i) => i);
  const members = claims.map((_, i) => [i]);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const strong = pairs.filter((p) => p.score >= threshold).sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of strong) {
    const ri = find(i), rj = find(j);
    if (ri === rj) continue;
    if (members[ri].length + members[rj].length > 2 && averageLink(members[ri], members[rj], claims, similarity) < threshold * AVERAGE_LINK_SHARE) continue;
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

function averageLink(x: number[], y: number[], claims: ClaimFeatures[], similarity: (i: number, j: number) => number): number {
  let sum = 0, count = 0;
  for (const i of x) for (const j of y) {
    if (claims[i].articleId === claims[j].articleId) continue;
    sum += similarity(i, j);
    count++;
  }
  return count ? sum / count : 0;
}
