import { getPrisma } from '../db/client';

export interface CorpusSummary {
  id: string;
  name: string;
  createdAt: Date;
  articles: number;
  stories: number;
}

/** Every corpus, newest first, with how many articles and stories it holds. */
export async function listCorpora(): Promise<CorpusSummary[]> {
  const rows = await getPrisma().corpus.findMany({ orderBy: [{ createdAt: 'desc' }, { name: 'asc' }], select: { id: true, name: true, createdAt: true, _count: { select: { articles: true, stories: true } } } });
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.createdAt, articles: r._count.articles, stories: r._count.stories }));
}
