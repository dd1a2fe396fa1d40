// Property-based: hostile comparisons (scripts/fuzz/hostile-comparisons.ts) all finish and keep the
// contract. Each runs in a real analysis worker under the product's deadline for its size (four times
// over, so a busy CI machine does not fail it); a hang or a superlinear stage shows up as
// ANALYSIS_TIMEOUT. A fixed seed and a small run here; `npm run fuzz` runs long randomised ones.
import fc from 'fast-check';
import { contractProblems } from '@/lib/contract/problems';
import { analyze } from '@/lib/pipeline';
import { AnalysisPool } from '@/lib/workers/analysis-pool';
import { checkComparison } from '@/scripts/fuzz/check-comparison';
import { hostileComparison } from '@/scripts/fuzz/hostile-comparisons';
import { HOSTILE_SHAPES } from '@/scripts/hostile/shapes';

jest.setTimeout(300_000);

let pool: AnalysisPool;
beforeAll(() => {
  pool = new AnalysisPool({ size: 1 });
});
afterAll(() => pool.close());

describe('hostile input, property-based', () => {
  test('60 generated comparisons (fixed seed) finish within their deadline and keep the contract', async () => {
    await fc.assert(
      fc.asyncProperty(hostileComparison({ maxChars: 20_000 }), (articles) => checkComparison(pool, articles, 4)),
      { seed: 20261202, numRuns: 60, endOnFailure: true },
    );
  });

  test('the check fails when it should: a deadline of 1 ms is missed, and a broken offset is a problem', async () => {
    const articles = [{ outlet: 'A', text: HOSTILE_SHAPES.unclosedQuotes(20_000) }];
    await expect(pool.run(articles, { deadlineMs: 1 })).rejects.toMatchObject({ code: 'ANALYSIS_TIMEOUT' });
    const analysis = analyze([{ outlet: 'A', text: 'Talks resumed in Rome on Friday, officials said. Oman mediated.' }]);
    expect(contractProblems(analysis)).toEqual([]);
    analysis.articles[0].claims[0].start += 1;
    analysis.groups[0].claims.push(analysis.groups[0].claims[0]);
    const problems = contractProblems(analysis);
    expect(problems.some((p) => /claim .* slices/.test(p))).toBe(true);
    expect(problems.some((p) => /is in 2 groups, not exactly one/.test(p))).toBe(true);
  });
});
