import { getPrisma } from '../db/client';
import { contentChanged } from '../cache/page-generation';
import { forgetComparison } from './get-comparison-by-id';

/** Deletes a comparison with its claims and groups, and the articles no other comparison or corpus uses. */
export async function deleteComparison({ id }: { id: string }): Promise<boolean> {
  const prisma = getPrisma();
  const deleted = await prisma.$transaction(async (tx) => {
    const found = await tx.comparison.findUnique({ where: { id }, select: { articles: { select: { articleId: true } } } });
    if (!found) return false;
    await tx.comparison.delete({ where: { id } });
    await tx.article.deleteMany({ where: { id: { in: found.articles.map((a) => a.articleId) }, comparisons: { none: {} }, corpora: { none: {} } } });
    return true;
  });
  forgetComparison(id);
  contentChanged();
  return deleted;
}
