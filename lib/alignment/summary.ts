// A short label for a group: the words its sources share, or the start of its one claim.
import { isFunctionTerm, type ClaimFeatures } from './claim-features';
import type { TermWeights } from './weights';

const MAX_WORDS = 10;

export function groupSummary(members: ClaimFeatures[], core: ClaimFeatures, w: TermWeights): string {
  const articles = new Set(members.map((m) => m.articleId));
  if (articles.size > 1) {
    const shared = [...core.terms.entries()]
      .map(([key, surface]) => ({ key, surface, sources: new Set(members.filter((m) => m.terms.has(key)).map((m) => m.articleId)).size }))
      .filter((t) => t.sources > 1 && !isFunctionTerm(t.key) && !core.frameTerms.has(t.key))
      .sort((a, b) => b.sources - a.sources || w.base(b.key) - w.base(a.key))
      .slice(0, 4)
      .map((t) => t.surface.split('/')[0]);
    if (shared.length >= 2) return shared.join(' · ');
  }
  const words = core.core.trim().split(/\s+/);
  return words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(' ')}…` : words.join(' ');
}
