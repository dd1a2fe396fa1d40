// GET /api/comparisons/{id} (the stored comparison with its Analysis, or its analysis status until done), DELETE /api/comparisons/{id}.
import { deleteComparison, getComparisonById } from '@/lib/comparisons';
import { summarizeComparison } from '@/lib/comparisons/summarize-comparison';
import { inputError } from '@/lib/api/api-article-schema';
import { cachedComparisonResponse } from '@/lib/api/cached-read';
import { pendingComparisonResponse } from '@/lib/api/pending-comparison';
import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/api/route';
import { withSecurityHeaders } from '@/lib/api/security-headers';
import { comparisonIdParams, comparisonQuery, type IdContext } from './schema';

const JSON_TYPE = 'application/json; charset=utf-8';

export const GET = apiRoute<IdContext>({ access: 'read' }, async (request, context) => {
  const { id } = comparisonIdParams.parse(await context.params);
  const query = comparisonQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw inputError(query.error);
  const comparison = await getComparisonById({ id });
  if (!comparison) throw new AppError('NOT_FOUND', `There is no comparison with id "${id}".`, 404);
  if (comparison.status !== 'done') return pendingComparisonResponse(comparison);
  if (query.data.fields === 'summary') return cachedComparisonResponse(request, comparison, 'summary', JSON_TYPE, () => JSON.stringify(summarizeComparison(comparison)));
  return cachedComparisonResponse(request, comparison, 'all', JSON_TYPE, () => JSON.stringify({ ...comparison, createdAt: comparison.createdAt.toISOString() }));
});

export const DELETE = apiRoute<IdContext>({ access: 'write', limited: true }, async (_request, context) => {
  const { id } = comparisonIdParams.parse(await context.params);
  if (!(await deleteComparison({ id }))) throw new AppError('NOT_FOUND', `There is no comparison with id "${id}".`, 404);
  return new Response(null, { status: 204, headers: withSecurityHeaders(new Headers()) });
});
