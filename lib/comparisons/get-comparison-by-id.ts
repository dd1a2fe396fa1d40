import { createHash } from 'node:crypto';
import type { Analysis } from '../contract/types';
import { SCHEMA_VERSION } from '../contract/types';
import { ANALYZER_VERSION } from '../contract/version';
import { LruCache } from '../cache/lru';
import { contentChanged } from '../cache/page-generation';
import { getPrisma } from '../db/client';
import { runAnalysis } from '../workers/analysis-pool';
import type { StoredComparison } from './types';
import { writeAnalysisRows } from './write-analysis';

/**
 * Parsed comparisons, keyed by id, analyser and schema version and last write: a stored analysis never
 * changes for a given analyser version, so a read that finds the same key skips loading and parsing
 * its JSON (hundreds of KB). Bounded: PARALLAX_VIEW_CACHE entries (default 64).
 */
const cache = new LruCache<string, StoredComparison>(Math.max(1, Number(process.env.PARALLAX_VIEW_CACHE) || 64));
const versionTags = new WeakMap<StoredComparison, string>();

const cacheKey = (row: { id: string; updatedAt: Date }) => `${row.id}\u0000${ANALYZER_VERSION}\u0000${SCHEMA_VERSION}\u0000${row.updatedAt.getTime()}`;

/** An opaque tag that changes whenever the comparison's stored content does (for ETags). */
export function comparisonVersionTag(comparison: StoredComparison): string {
  let tag = versionTags.get(comparison);
  if (!tag) {
    tag = createHash('sha256').update(`${comparison.id}\u0000${ANALYZER_VERSION}\u0000${SCHEMA_VERSION}\u0000${comparison.createdAt.getTime()}`).digest('base64url').slice(0, 22);
    versionTags.set(comparison, tag);
  }
  return tag;
}

/** Forgets a comparison (after a delete): the next read goes to the database. */
export function forgetComparison(id: string): void {
  cache.deleteWhere((key) => key.startsWith(`${id}\u0000`));
}

/**
 * Reads a comparison. One analysed by another analyser version is re-analysed from its stored texts
 * (never shown stale, never lost) and saved again; past the analysis deadline the read fails with 503
 * ANALYSIS_TIMEOUT and the stored rows stay as they were.
 */
export async function getComparisonById({ id }: { id: string }): Promise<StoredComparison | null> {
  const prisma = getPrisma();
  const row = await prisma.comparison.findUnique({
    where: { id },
    select: { id: true, title: true, createdAt: true, updatedAt: true, analyzerVersion: true, schemaVersion: true },
  });
  if (!row) return null;
  if (row.analyzerVersion === ANALYZER_VERSION && row.schemaVersion === SCHEMA_VERSION) {
    const key = cacheKey(row);
    const cached = cache.get(key);
    if (cached) return cached;
    const stored = await prisma.comparison.findUnique({ where: { id }, select: { analysisJson: true } });
    if (!stored) return null;
    const comparison = { id: row.id, title: row.title, createdAt: row.createdAt, analysis: JSON.parse(stored.analysisJson) as Analysis };
    versionTags.set(comparison, createHash('sha256').update(key).digest('base64url').slice(0, 22));
    cache.set(key, comparison);
    return comparison;
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
  contentChanged();
  return { id: row.id, title: row.title, createdAt: row.createdAt, analysis };
}
