// The coverage summary in the page header: how the claim groups split between sources.
import type { Analysis, ClaimGroup } from '../contract/types';

export type CoverageBucket = 'conflict' | 'all' | 'some' | 'unique';

export interface CoverageSummary {
  total: number;
  /** Groups with a discrepancy (whatever their spread). */
  conflict: number;
  /** Reported by every source, without a discrepancy. */
  sharedByAll: number;
  /** Reported by more than one source but not all, without a discrepancy. */
  sharedBySome: number;
  /** Reported by one source only, per source in article order. */
  uniqueBySource: { article: string; count: number }[];
}

export function isConflict(group: ClaimGroup): boolean {
  return group.kind === 'conflict' || group.discrepancies.length > 0;
}

/** Each group lands in exactly one bucket, so the buckets add up to the total. */
export function coverageBucket(group: ClaimGroup, sourceCount: number): CoverageBucket {
  if (isConflict(group)) return 'conflict';
  if (group.articles.length <= 1) return 'unique';
  return group.articles.length >= sourceCount ? 'all' : 'some';
}

export function coverageSummary(analysis: Analysis): CoverageSummary {
  const n = analysis.articles.length;
  const unique = new Map(analysis.articles.map((a) => [a.id, 0]));
  const summary: CoverageSummary = { total: analysis.groups.length, conflict: 0, sharedByAll: 0, sharedBySome: 0, uniqueBySource: [] };
  for (const group of analysis.groups) {
    const bucket = coverageBucket(group, n);
    if (bucket === 'conflict') summary.conflict++;
    else if (bucket === 'all') summary.sharedByAll++;
    else if (bucket === 'some') summary.sharedBySome++;
    else if (group.articles[0] !== undefined) unique.set(group.articles[0], (unique.get(group.articles[0]) ?? 0) + 1);
  }
  summary.uniqueBySource = [...unique].map(([article, count]) => ({ article, count }));
  return summary;
}

export interface BarSegment {
  key: string;
  label: string;
  count: number;
  /** Left edge and width as fractions of the bar (0..1). */
  x: number;
  width: number;
}

/** Lays the summary out as one horizontal stacked bar; zero-count segments are dropped. */
export function coverageBar(summary: CoverageSummary, labels: Record<string, string>): BarSegment[] {
  const parts = [
    { key: 'conflict', label: 'In conflict', count: summary.conflict },
    { key: 'all', label: 'Shared by all', count: summary.sharedByAll },
    { key: 'some', label: 'Shared by some', count: summary.sharedBySome },
    ...summary.uniqueBySource.map((u) => ({ key: `unique-${u.article}`, label: `Only ${labels[u.article] ?? u.article}`, count: u.count })),
  ].filter((p) => p.count > 0);
  const total = parts.reduce((sum, p) => sum + p.count, 0) || 1;
  let x = 0;
  return parts.map((p) => {
    const segment = { ...p, x, width: p.count / total };
    x += segment.width;
    return segment;
  });
}
