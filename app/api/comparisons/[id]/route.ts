// GET /api/comparisons/{id} (the stored comparison with its Analysis), DELETE /api/comparisons/{id}.
import { deleteComparison, getComparisonById } from '@/lib/comparisons';
import { AppError } from '@/lib/errors';
import { jsonResponse } from '@/lib/api/json-response';
import { apiRoute } from '@/lib/api/route';
import { withSecurityHeaders } from '@/lib/api/security-headers';
import { comparisonIdParams, type IdContext } from './schema';

export const GET = apiRoute<IdContext>({ access: 'read' }, async (_request, context) => {
  const { id } = comparisonIdParams.parse(await context.params);
  const comparison = await getComparisonById({ id });
  if (!comparison) throw new AppError('NOT_FOUND', `There is no comparison with id "${id}".`, 404);
  return jsonResponse({ ...comparison, createdAt: comparison.createdAt.toISOString() });
});

export const DELETE = apiRoute<IdContext>({ access: 'write', limited: true }, async (_request, context) => {
  const { id } = comparisonIdParams.parse(await context.params);
  if (!(await deleteComparison({ id }))) throw new AppError('NOT_FOUND', `There is no comparison with id "${id}".`, 404);
  return new Response(null, { status: 204, headers: withSecurityHeaders(new Headers()) });
});
