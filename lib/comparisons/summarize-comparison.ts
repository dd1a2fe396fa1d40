import type { StoredComparison } from './types';
import { coverageSummary } from '../view/coverage';

/** What a list or a preview needs of a comparison, without its claims and notes (GET …?fields=summary). */
export function summarizeComparison(comparison: StoredComparison) {
  const { analysis } = comparison;
  return {
    id: comparison.id,
    title: comparison.title,
    createdAt: comparison.createdAt.toISOString(),
    schemaVersion: analysis.schemaVersion,
    outlets: analysis.articles.map((a) => a.outlet),
    claimCount: analysis.articles.reduce((n, a) => n + a.claims.length, 0),
    groupCount: analysis.groups.length,
    discrepancyCount: analysis.discrepancies.length,
    coverage: coverageSummary(analysis),
  };
}
