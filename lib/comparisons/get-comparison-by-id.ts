import type { Analysis } from '../contract/types';
import { SCHEMA_VERSION } from '../contract/types';
import { ANALYZER_VERSION } from '../contract/version';
import { getPrisma } from '../db/client';
import { runAnalysis } from '../workers/analysis-pool';
import type { StoredComparison } from './types';
import { writeAnalysisRows } from './write-analysis';

/**
 * Reads a comparison. One analysed by another analyser version is re-analysed from its stored texts
 * (never shown stale, never lost) and saved again; past the analysis deadline the read fails with 503
 * ANALYSIS_TIMEOUT and the stored rows stay as they were.
 */
export async function getComparisonById({ id }: { id: string }): Promise<StoredComparison | null> {
  const prisma = getPrisma();
  const row = await prisma.comparison.findUnique({ where: { id } });
  if (!row) return null;
  if (row.analyzerVersion === ANALYZER_VERSION && row.schemaVersion === SCHEMA_VERSION) {
    return { id: row.id, title: row.title, createdAt: row.createdAt, analysis: JSON.parse(row.analysisJson) as Analysis };
  }
  const members = await prisma.comparisonArticle.findMany({
    where: { comparisonId: id },
    orderBy: { position: 'asc' },
    include: { article: { include: { outlet: true } } },
  });
  const analysis = await runAnalysis(
    members.map(({ article }) => ({
      outlet: article.outlet.name,
      title: article.title,
      text: article.rawText,
      url: article.url ?? undefined,
      publishedAt: article.publishedAt ?? undefined,
      byline: article.byline ?? undefined,
    })),
  );
  await prisma.$transaction((tx) => writeAnalysisRows(tx, id, members.map((m) => m.articleId), analysis), { timeout: 120_000 });
  return { id: row.id, title: row.title, createdAt: row.createdAt, analysis };
}
