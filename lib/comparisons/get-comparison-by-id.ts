import { createHash } from 'node:crypto';
import type { Analysis } from '../contract/types';
import { SCHEMA_VERSION } from '../contract/types';
import { ANALYZER_VERSION } from '../contract/version';
import { LruCache } from '../cache/lru';
import { getPrisma } from '../db/client';
import { getAnalysisQueue } from '../jobs/queue';
import type { PendingStatus } from './analysis-status';
import { queueStaleAnalyses } from './queue-stale-analyses';
import type { ComparisonRead, StoredComparison } from './types';

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
 * Reads a comparison: its analysis when done for this analyser version, else its status. One analysed by
 * another analyser version is queued for re-analysis (by the workers, never during this read) and reads
 * as queued until then. Nothing pending is cached: its status is read from the database every time, so
 * an instance never shows a stale status after a worker in another process wrote the analysis.
 */
export async function getComparisonById({ id }: { id: string }): Promise<ComparisonRead | null> {
  const prisma = getPrisma();
  const row = await prisma.comparison.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      createdAt: true,
      updatedAt: true,
      analyzerVersion: true,
      schemaVersion: true,
      analysisStatus: true,
      analysisError: true,
      analysisAttempts: true,
    },
  });
  if (!row) return null;
  const pending = (status: PendingStatus) => ({
    id: row.id,
    title: row.title,
    createdAt: row.createdAt,
    status,
    reason: row.analysisError,
    attempts: row.analysisAttempts,
    analysis: null,
  });
  if (row.analysisStatus !== 'done') return pending(row.analysisStatus as PendingStatus);
  if (row.analyzerVersion === ANALYZER_VERSION && row.schemaVersion === SCHEMA_VERSION) {
    const key = cacheKey(row);
    const cached = cache.get(key);
    if (cached) return cached;
    const stored = await prisma.comparison.findUnique({ where: { id }, select: { analysisJson: true } });
    if (!stored) return null;
    const comparison: StoredComparison = { id: row.id, title: row.title, createdAt: row.createdAt, status: 'done', analysis: JSON.parse(stored.analysisJson) as Analysis };
    versionTags.set(comparison, createHash('sha256').update(key).digest('base64url').slice(0, 22));
    cache.set(key, comparison);
    return comparison;
  }
  const queued = await queueStaleAnalyses({ id });
  if (queued.length) await getAnalysisQueue().enqueue(queued);
  return pending('queued');
}
