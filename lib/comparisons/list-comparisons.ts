import { getPrisma } from '../db/client';
import { AppError } from '../errors';
import type { ComparisonSummary } from './types';

export async function listComparisons({ page = 1, pageSize = 20 }: { page?: number; pageSize?: number } = {}) {
  const prisma = getPrisma();
  const size = Math.min(100, Math.max(1, Math.floor(pageSize)));
  const current = Math.max(1, Math.floor(page));
  if (!Number.isSafeInteger((current - 1) * size)) throw new AppError('INVALID_INPUT', 'page is beyond the end of the list.', 400);
  const [total, rows] = await Promise.all([
    prisma.comparison.count(),
    prisma.comparison.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (current - 1) * size,
      take: size,
      select: {
        id: true,
        title: true,
        createdAt: true,
        analysisStatus: true,
        articles: { orderBy: { position: 'asc' }, select: { article: { select: { outlet: { select: { name: true } } } } } },
        _count: { select: { claims: true, groups: true } },
      },
    }),
  ]);
  const items: ComparisonSummary[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    createdAt: row.createdAt,
    outlets: row.articles.map((a) => a.article.outlet.name),
    claimCount: row._count.claims,
    groupCount: row._count.groups,
    status: row.analysisStatus as ComparisonSummary['status'],
  }));
  return { items, total, page: current, pageSize: size };
}
