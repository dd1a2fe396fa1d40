import { contentChanged } from '../cache/page-generation';
import { AppError } from '../errors';
import { getPrisma } from '../db/client';
import { getAnalysisQueue } from '../jobs/queue';
import { runAnalysis } from '../workers/analysis-pool';
import type { AnalysisStatus } from './analysis-status';
import { createComparisonSchema, type CreateComparisonOptions } from './create-comparison.schema';
import { validationError } from './validation-error';
import { writeAnalysisRows, writeArticles, writeMembers } from './write-analysis';

const TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

export interface CreatedComparison {
  id: string;
  created: boolean;
  /** `done` when analysed before storing; `queued` when stored first and left to the workers (lib/jobs). */
  status: AnalysisStatus;
}

/**
 * Stores a comparison. `analyse: 'now'` analyses the articles first (in a worker thread, under its
 * deadline) and stores articles and analysis in one transaction: all of it or nothing. `'queued'` stores
 * the articles in one transaction with status `queued`, then queues the analysis for the workers.
 */
export async function createComparison(options: CreateComparisonOptions & { analyse?: 'now' | 'queued' }): Promise<CreatedComparison> {
  const { analyse = 'now', ...rest } = options;
  const parsed = createComparisonSchema.safeParse(rest);
  if (!parsed.success) throw validationError(parsed.error);
  const { articles, idempotencyKey, idempotencyBodyHash, id } = parsed.data;
  const prisma = getPrisma();
  const replay = (stored: { id: string; idempotencyBodyHash: string | null; analysisStatus: string }) => {
    if ((stored.idempotencyBodyHash ?? null) !== (idempotencyBodyHash ?? null))
      throw new AppError('INVALID_INPUT', 'This Idempotency-Key was already used with a different request: use a new key for a new comparison.', 422);
    return { id: stored.id, created: false, status: stored.analysisStatus as AnalysisStatus };
  };

  const select = { id: true, idempotencyBodyHash: true, analysisStatus: true } as const;
  const existing = idempotencyKey
    ? await prisma.comparison.findUnique({ where: { idempotencyKey }, select })
    : id
      ? await prisma.comparison.findUnique({ where: { id }, select })
      : null;
  if (existing) return idempotencyKey ? replay(existing) : { id: existing.id, created: false, status: existing.analysisStatus as AnalysisStatus };

  const onRace = async (error: unknown): Promise<CreatedComparison> => {
    // A concurrent request with the same idempotency key (or seed id) won the race: answer with its comparison.
    if ((error as { code?: string }).code === 'P2002' && (idempotencyKey || id)) {
      const winner = await prisma.comparison.findUnique({ where: idempotencyKey ? { idempotencyKey } : { id }, select });
      if (winner) return idempotencyKey ? replay(winner) : { id: winner.id, created: false, status: winner.analysisStatus as AnalysisStatus };
    }
    throw error;
  };

  if (analyse === 'queued') {
    const title = parsed.data.title?.trim() || articles.find((a) => a.title?.trim())?.title?.trim() || 'Untitled comparison';
    let comparisonId: string;
    try {
      comparisonId = await prisma.$transaction(async (tx) => {
        const comparison = await tx.comparison.create({
          data: { id, title, idempotencyKey, idempotencyBodyHash, schemaVersion: '', analyzerVersion: '', analysisJson: '', analysisStatus: 'queued' },
        });
        await writeMembers(tx, comparison.id, await writeArticles(tx, articles));
        return comparison.id;
      }, TRANSACTION);
    } catch (error) {
      return onRace(error);
    }
    contentChanged();
    // Stored first: if queueing fails now, the workers' sweep queues it later (lib/jobs/start-workers.ts).
    await getAnalysisQueue()
      .enqueue([comparisonId])
      .catch((error) => console.error(`parallax: comparison ${comparisonId} is stored but not queued yet: ${(error as Error).message}`));
    return { id: comparisonId, created: true, status: 'queued' };
  }

  // In a worker, under a deadline: past it this throws (503 ANALYSIS_TIMEOUT) before anything is written.
  const analysis = await runAnalysis(articles.map(({ html: _html, ...input }) => input));
  const title =
    parsed.data.title?.trim() || analysis.articles.find((a) => a.title)?.title || analysis.articles[0].claims[0]?.text.slice(0, 120) || 'Untitled comparison';

  try {
    const comparisonId = await prisma.$transaction(async (tx) => {
      const comparison = await tx.comparison.create({
        data: { id, title, idempotencyKey, idempotencyBodyHash, schemaVersion: analysis.schemaVersion, analyzerVersion: '', analysisJson: '' },
      });
      const articleIds = await writeArticles(tx, articles, analysis);
      await writeAnalysisRows(tx, comparison.id, articleIds, analysis);
      return comparison.id;
    }, TRANSACTION);
    // A page cached while this id did not exist (its 404 is not cached, but be safe) is not served again.
    contentChanged();
    return { id: comparisonId, created: true, status: 'done' };
  } catch (error) {
    return onRace(error);
  }
}
