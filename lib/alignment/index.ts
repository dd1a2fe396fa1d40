// Alignment stage: links claims across articles and groups those about the same happening.
// First cut: Jaccard overlap of content words; connected components above a threshold.
import type { AnalyzedArticle, ClaimGroup, ClaimLink, ComparisonDiscrepancy } from '../contract/types';

const GROUP_THRESHOLD = 0.3;
const LINKS_PER_CLAIM = 3;

export interface Alignment {
  groups: ClaimGroup[];
  links: ClaimLink[];
  discrepancies: ComparisonDiscrepancy[];
}

const contentWords = (text: string) =>
  new Set((text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []));

export function align(articles: AnalyzedArticle[]): Alignment {
  const claims = articles.flatMap((a) => a.claims);
  const words = new Map(claims.map((c) => [c.id, contentWords(c.text)]));
  const links: ClaimLink[] = [];
  const best = new Map<string, ClaimLink[]>();
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i], b = claims[j];
      if (a.articleId === b.articleId) continue;
      const wa = words.get(a.id)!, wb = words.get(b.id)!;
      const shared = [...wa].filter((w) => wb.has(w));
      const union = wa.size + wb.size - shared.length;
      const score = union ? shared.length / union : 0;
      if (score <= 0) continue;
      const link = { a: a.id, b: b.id, score: Number(score.toFixed(4)), features: [`shared words ${shared.join('/')}`] };
      for (const id of [a.id, b.id]) (best.get(id) ?? best.set(id, []).get(id)!).push(link);
    }
  }
  const kept = new Set<ClaimLink>();
  for (const list of best.values()) list.sort((x, y) => y.score - x.score).slice(0, LINKS_PER_CLAIM).forEach((l) => kept.add(l));
  links.push(...kept);

  const parent = new Map(claims.map((c) => [c.id, c.id]));
  const find = (id: string): string => (parent.get(id) === id ? id : find(parent.get(id)!));
  for (const link of links) if (link.score >= GROUP_THRESHOLD) parent.set(find(link.a), find(link.b));
  const byRoot = new Map<string, string[]>();
  for (const c of claims) (byRoot.get(find(c.id)) ?? byRoot.set(find(c.id), []).get(find(c.id))!).push(c.id);
  const articleOf = new Map(claims.map((c) => [c.id, c.articleId]));
  const groups: ClaimGroup[] = [...byRoot.values()].map((ids, i) => {
    const groupArticles = articles.map((a) => a.id).filter((id) => ids.some((c) => articleOf.get(c) === id));
    return {
      id: `g${i + 1}`,
      claims: ids,
      kind: groupArticles.length > 1 ? 'shared' : 'unique',
      articles: groupArticles,
      members: ids.map((claim) => ({ claim, relation: 'same', adds: [] })),
      discrepancies: [],
      tone: null,
      summary: claims.find((c) => c.id === ids[0])!.text.slice(0, 80),
    };
  });
  links.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  return { groups, links, discrepancies: [] };
}
