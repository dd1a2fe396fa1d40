import { contentChanged } from '../cache/page-generation';
import { AppError } from '../errors';
import { getPrisma } from '../db/client';
import { runAnalysis } from '../workers/analysis-pool';
import { createComparisonSchema, type CreateComparisonOptions } from './create-comparison.schema';
import { validationError } from './validation-error';
import { writeAnalysisRows, writeArticles } from './write-analysis';

const TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

/** Analyses the articles and stores the comparison in one transaction: all of it or nothing. */
export async function createComparison(options: CreateComparisonOptions): Promise<{ id: string; created: boolean }> {
  const parsed = createComparisonSchema.safeParse(options);
  if (!parsed.success) throw validationError(parsed.error);
  const { articles, idempotencyKey, idempotencyBodyHash, id } = parsed.data;
  const prisma = getPrisma();
  const replay = (stored: { id: string; idempotencyBodyHash: string | null }) => {
    if ((stored.idempotencyBodyHash ?? null) !== (idempotencyBodyHash ?? null))
      throw new AppError('INVALID_INPUT', 'This Idempotency-Key was already used with a different request: use a new key for a new comparison.', 422);
    return { id: stored.id, created: false };
  };

  const select = { id: true, idempotencyBodyHash: true } as const;
  const existing = idempotencyKey
    ? await prisma.comparison.findUnique({ where: { idempotencyKey }, select })
    : id
      ? await prisma.comparison.findUnique({ where: { id }, select: { id: true } })
      : null;
  if (existing) return idempotencyKey ? replay(existing as { id: string; idempotencyBodyHash: string | null }) : { id: existing.id, created: false };

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
    return { id: comparisonId, created: true };
  } catch (error) {
    // A concurrent request with the same idempotency key won the race: answer with its comparison.
    if (idempotencyKey && (error as { code?: string }).code === 'P2002') {
      const winner = await prisma.comparison.findUnique({ where: { idempotencyKey }, select });
      if (winner) return replay(winner);
    }
    throw error;
  }
}
