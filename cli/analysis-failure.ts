// Why an analysis gave no result (past its deadline, or a failure in a stage), as the CLI says it.
import type { Analysis, ArticleInput } from '../lib/contract/types';
import { isAppError } from '../lib/errors';
import { CliError, EXIT_FAILURE } from './cli-error';

export function analysisFailure(error: unknown): { message: string; underlying?: unknown } {
  if (isAppError(error) && error.code === 'ANALYSIS_TIMEOUT')
    return { message: `${String(error.details?.reason ?? error.message)}. PARALLAX_ANALYSIS_TIMEOUT_MS sets the deadline.` };
  return { message: `analysis failed: ${(error as Error)?.message ?? String(error)}`, underlying: error };
}

/** One comparison analysed in a worker thread, under the same deadline as in the app (lib/workers); a failure becomes a CliError. */
export async function analyseInWorker(articles: ArticleInput[]): Promise<Analysis> {
  const { AnalysisPool } = require('../lib/workers/analysis-pool') as typeof import('../lib/workers/analysis-pool');
  const pool = new AnalysisPool({ size: 1 });
  try {
    return await pool.run(articles);
  } catch (error) {
    const { message, underlying } = analysisFailure(error);
    throw new CliError(message, EXIT_FAILURE, underlying);
  } finally {
    await pool.close();
  }
}
