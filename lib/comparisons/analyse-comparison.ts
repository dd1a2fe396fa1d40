// One analysis job's work: analyse a stored comparison from its stored raw texts and write the result.
// Idempotent per comparison and analyser version: a comparison already done by this ANALYZER_VERSION is
// not analysed again, and the write re-checks that inside its transaction, so two workers that raced
// on the same comparison (a lost job retried while the first worker still finished) store it once.
import { SCHEMA_VERSION } from '../contract/types';
import { ANALYZER_VERSION } from '../contract/version';
import { contentChanged } from '../cache/page-generation';
import { getPrisma } from '../db/client';
import { runAnalysis } from '../workers/analysis-pool';
import { setAnalysisStatus } from './set-analysis-status';
import { writeAnalysisRows } from './write-analysis';

export type AnalyseOutcome = 'analysed' | 'already-done' | 'missing';

const isCurrent = (row: { analysisStatus: string; analyzerVersion: string; schemaVersion: string }) =>
  row.analysisStatus === 'done' && row.analyzerVersion === ANALYZER_VERSION && row.schemaVersion === SCHEMA_VERSION;

export async function analyseComparison({ id, attempt = 1 }: { id: string; attempt?: number }): Promise<AnalyseOutcome> {
  const prisma = getPrisma();
  const select = { analysisStatus: true, analyzerVersion: true, schemaVersion: true } as const;
  const row = await prisma.comparison.findUnique({ where: { id }, select });
  if (!row) return 'missing';
  if (isCurrent(row)) return 'already-done';
  await setAnalysisStatus({ id, status: 'running', attempt });
  const members = await prisma.comparisonArticle.findMany({
    where: { comparisonId: id },
    orderBy: { position: 'asc' },
    include: { article: { include: { outlet: true } } },
  });
  const analysis = await runAnalysis(
    members.map(({ article }) => ({
      outlet: article.outlet.name,
      title: article.title || undefined,
      text: article.rawText,
      url: article.url ?? undefined,
      publishedAt: article.publishedAt ?? undefined,
      byline: article.byline ?? undefined,
    })),
  );
  const outcome = await prisma.$transaction(
    async (tx) => {
      const now = await tx.comparison.findUnique({ where: { id }, select });
      if (!now) return 'missing' as const;
      if (isCurrent(now)) return 'already-done' as const;
      await writeAnalysisRows(tx, id, members.map((m) => m.articleId), analysis);
      for (const [i, member] of members.entries()) await tx.article.update({ where: { id: member.articleId }, data: { cleanText: analysis.articles[i].text } });
      await tx.comparison.update({ where: { id }, data: { analysisStatus: 'done', analysisError: null } });
      return 'analysed' as const;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  if (outcome === 'analysed') contentChanged();
  return outcome;
}
