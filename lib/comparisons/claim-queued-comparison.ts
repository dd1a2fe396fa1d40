import { getPrisma } from '../db/client';

/**
 * Takes the oldest queued comparison for this worker (the in-process queue on SQLite): a conditional
 * update, so two processes on one database never take the same one. Returns its id and attempt number.
 */
export async function claimQueuedComparison(): Promise<{ id: string; attempt: number } | null> {
  const prisma = getPrisma();
  for (;;) {
    const next = await prisma.comparison.findFirst({ where: { analysisStatus: 'queued' }, orderBy: { createdAt: 'asc' }, select: { id: true, analysisAttempts: true } });
    if (!next) return null;
    const attempt = next.analysisAttempts + 1;
    const { count } = await prisma.comparison.updateMany({
      where: { id: next.id, analysisStatus: 'queued', analysisAttempts: next.analysisAttempts },
      data: { analysisStatus: 'running', analysisAttempts: attempt },
    });
    if (count === 1) return { id: next.id, attempt };
  }
}
