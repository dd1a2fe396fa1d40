import { getPrisma } from '../db/client';

/**
 * Analyses left `running` longer than `seconds` lost their worker (it died, or was killed, or ran out
 * of memory). Each goes back to `queued` to be tried again, unless it has used all its attempts: a
 * comparison whose analysis kills every worker that takes it must end `failed`, not loop for ever.
 */
export async function requeueLostAnalyses({ seconds, retries }: { seconds: number; retries: number }): Promise<{ requeued: string[]; failed: string[] }> {
  const prisma = getPrisma();
  const cutoff = new Date(Date.now() - seconds * 1000);
  const lost = await prisma.comparison.findMany({
    where: { analysisStatus: 'running', updatedAt: { lt: cutoff } },
    select: { id: true, analysisAttempts: true },
    take: 1000,
  });
  const requeued: string[] = [];
  const failed: string[] = [];
  for (const row of lost) {
    const spent = row.analysisAttempts > retries;
    const { count } = await prisma.comparison.updateMany({
      // Only if no worker has touched it since it was read.
      where: { id: row.id, analysisStatus: 'running', analysisAttempts: row.analysisAttempts, updatedAt: { lt: cutoff } },
      data: spent
        ? { analysisStatus: 'failed', analysisError: `the analysis stopped its worker ${row.analysisAttempts} times (killed, out of memory, or the machine went down)` }
        : { analysisStatus: 'queued', analysisError: `attempt ${row.analysisAttempts} lost its worker` },
    });
    if (count === 1) (spent ? failed : requeued).push(row.id);
  }
  return { requeued, failed };
}
