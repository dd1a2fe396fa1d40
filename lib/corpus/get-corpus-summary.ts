import { getPrisma } from '../db/client';
import type { CorpusSummary } from './list-corpora';

/** A corpus's name and counts without its stories (for titles and links). */
export async function getCorpusSummary({ id }: { id: string }): Promise<CorpusSummary | null> {
  const row = await getPrisma().corpus.findUnique({ where: { id }, select: { id: true, name: true, createdAt: true, _count: { select: { articles: true, stories: true } } } });
  return row ? { id: row.id, name: row.name, createdAt: row.createdAt, articles: row._count.articles, stories: row._count.stories } : null;
}
