// One property check: the comparison's analysis finishes (in a worker, before its deadline) and keeps
// the contract. Throws with the problems listed, so fast-check records and shrinks the input.
import type { ArticleInput } from '../../lib/contract/types';
import { contractProblems } from '../../lib/contract/problems';
import type { AnalysisPool } from '../../lib/workers/analysis-pool';
import { analysisDeadlineMs } from '../../lib/workers/analysis-settings';

export async function checkComparison(pool: AnalysisPool, articles: ArticleInput[], deadlineFactor = 1): Promise<void> {
  const deadlineMs = Math.round(analysisDeadlineMs(articles, {}) * deadlineFactor);
  const analysis = await pool.run(articles, { deadlineMs });
  const problems = contractProblems(analysis, articles);
  if (problems.length) throw new Error(`the contract does not hold:\n- ${problems.slice(0, 10).join('\n- ')}`);
}
