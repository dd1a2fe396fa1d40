import { coverageSummary, coverageBar, coverageBucket } from '@/lib/view/coverage';
import type { ClaimGroup } from '@/lib/contract/types';
import { fixtureAnalysis } from './fixtures/analysis';

const group = (articles: string[], kind: ClaimGroup['kind'] = 'shared'): ClaimGroup => ({
  id: 'g', claims: [], kind, articles, members: [], discrepancies: [], tone: null, summary: '',
});

describe('coverageSummary', () => {
  it('puts each group in one bucket: conflict, shared by all, by some, unique per source', () => {
    expect(coverageSummary(fixtureAnalysis())).toEqual({
      total: 4, conflict: 1, sharedByAll: 0, sharedBySome: 0,
      uniqueBySource: [{ article: 'a1', count: 2 }, { article: 'a2', count: 1 }],
    });
  });

  it('tells shared by some from shared by all', () => {
    expect(coverageBucket(group(['a1', 'a2']), 3)).toBe('some');
    expect(coverageBucket(group(['a1', 'a2', 'a3']), 3)).toBe('all');
    expect(coverageBucket(group(['a1']), 3)).toBe('unique');
    expect(coverageBucket({ ...group(['a1', 'a2']), discrepancies: [{ kind: 'number', values: [], note: '' }] }, 3)).toBe('conflict');
  });
});

describe('coverageBar', () => {
  it('lays non-empty buckets side by side, filling the bar', () => {
    const bar = coverageBar(coverageSummary(fixtureAnalysis()), { a1: 'Daily Example', a2: 'Example Times' });
    expect(bar.map((s) => [s.label, s.count])).toEqual([['In conflict', 1], ['Only Daily Example', 2], ['Only Example Times', 1]]);
    expect(bar[1].x).toBeCloseTo(0.25);
    expect(bar.reduce((sum, s) => sum + s.width, 0)).toBeCloseTo(1);
  });
});

describe('limit', () => {
  it('keeps the first items and counts the rest', () => {
    const { limit } = jest.requireActual('@/lib/view/limit') as typeof import('@/lib/view/limit');
    expect(limit([1, 2, 3], 5)).toEqual({ shown: [1, 2, 3], hidden: 0 });
    expect(limit([1, 2, 3], 2)).toEqual({ shown: [1, 2], hidden: 1 });
  });
});
