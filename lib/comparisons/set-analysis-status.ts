import { getPrisma } from '../db/client';
import type { PendingStatus } from './analysis-status';

/**
 * Records where a pending analysis is: `running` (attempt N started), `queued` again after a failed
 * attempt that will be retried (`reason` says why), or `failed` for good. A comparison already done is
 * left alone, so a late or duplicate attempt never overwrites a stored analysis.
 */
export async function setAnalysisStatus({ id, status, reason, attempt }: { id: string; status: PendingStatus; reason?: string; attempt?: number }): Promise<boolean> {
  const { count } = await getPrisma().comparison.updateMany({
    where: { id, analysisStatus: { not: 'done' } },
    data: { analysisStatus: status, analysisError: reason ?? null, ...(attempt !== undefined ? { analysisAttempts: attempt } : {}) },
  });
  return count === 1;
}
