import { SCHEMA_VERSION } from '../contract/types';
import { ANALYZER_VERSION } from '../contract/version';
import { getPrisma } from '../db/client';

/**
 * Marks comparisons analysed by another analyser (or schema) version as queued again and returns their
 * ids, for the caller to queue: after an upgrade they are re-analysed by workers, never during a read.
 * `id` limits it to one comparison (a read that found it stale).
 */
export async function queueStaleAnalyses({ id, limit = 1000 }: { id?: string; limit?: number } = {}): Promise<string[]> {
  const prisma = getPrisma();
  const stale = {
    ...(id ? { id } : {}),
    analysisStatus: 'done',
    OR: [{ analyzerVersion: { not: ANALYZER_VERSION } }, { schemaVersion: { not: SCHEMA_VERSION } }],
  };
  const rows = await prisma.comparison.findMany({ where: stale, select: { id: true }, take: limit, orderBy: { createdAt: 'asc' } });
  const queued: string[] = [];
  for (const row of rows) {
    // Conditional: of two instances that found it stale at once, one queues it.
    const { count } = await prisma.comparison.updateMany({
      where: { ...stale, id: row.id },
      data: { analysisStatus: 'queued', analysisError: null, analysisAttempts: 0 },
    });
    if (count === 1) queued.push(row.id);
  }
  return queued;
}
