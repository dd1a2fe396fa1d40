import { getPrisma } from '../db/client';

/** Puts back analyses left `running` longer than `seconds` (their process died), to be claimed again. */
export async function requeueLostAnalyses({ seconds }: { seconds: number }): Promise<number> {
  const { count } = await getPrisma().comparison.updateMany({
    where: { analysisStatus: 'running', updatedAt: { lt: new Date(Date.now() - seconds * 1000) } },
    data: { analysisStatus: 'queued' },
  });
  return count;
}
