// Why an analysis gave no result (past its deadline, or a failure in a stage), as the CLI says it.
import { isAppError } from '../lib/errors';

export function analysisFailure(error: unknown): { message: string; underlying?: unknown } {
  if (isAppError(error) && error.code === 'ANALYSIS_TIMEOUT')
    return { message: `${String(error.details?.reason ?? error.message)}. PARALLAX_ANALYSIS_TIMEOUT_MS sets the deadline.` };
  return { message: `analysis failed: ${(error as Error)?.message ?? String(error)}`, underlying: error };
}
