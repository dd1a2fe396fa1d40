// Narrative order of groups: where the happening first appears in the sources that carry it, pulled up
// a little when many sources carry it, so the side-by-side view reads top to bottom.
import type { ClaimFeatures } from './claim-features';

/** How far (in relative article position) being carried by every source moves a group up. */
const SPREAD_PULL = 0.15;

export function narrativeOrder(groups: number[][], claims: ClaimFeatures[], articleCount: number): number[][] {
  const keyed = groups.map((g) => {
    const firstPerArticle = new Map<string, number>();
    for (const i of g) {
      const c = claims[i];
      firstPerArticle.set(c.articleId, Math.min(firstPerArticle.get(c.articleId) ?? 1, c.position));
    }
    const positions = [...firstPerArticle.values()];
    const mean = positions.reduce((s, p) => s + p, 0) / positions.length;
    const spread = articleCount > 1 ? (firstPerArticle.size - 1) / (articleCount - 1) : 0;
    return { g, key: mean - SPREAD_PULL * spread, first: g[0] };
  });
  keyed.sort((a, b) => a.key - b.key || a.first - b.first);
  return keyed.map((k) => k.g);
}
