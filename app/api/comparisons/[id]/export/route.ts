// GET /api/comparisons/{id}/export?format=json|csv|md[&blind=1]: a download of lib/export's renderings.
import { getComparisonById } from '@/lib/comparisons';
import { AppError } from '@/lib/errors';
import { exportDownload, exportHeaders } from '@/lib/export';
import { inputError } from '@/lib/api/api-article-schema';
import { cachedComparisonResponse } from '@/lib/api/cached-read';
import { pendingComparisonResponse } from '@/lib/api/pending-comparison';
import { apiRoute } from '@/lib/api/route';
import { comparisonIdParams, type IdContext } from '../schema';
import { exportQuery } from './schema';

export const GET = apiRoute<IdContext>({ access: 'read' }, async (request, context) => {
  const { id } = comparisonIdParams.parse(await context.params);
  const query = exportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw inputError(query.error);
  const comparison = await getComparisonById({ id });
  if (!comparison) throw new AppError('NOT_FOUND', `There is no comparison with id "${id}".`, 404);
  if (comparison.status !== 'done') return pendingComparisonResponse(comparison);
  const { format, blind } = query.data;
  const { contentType, filename } = exportHeaders(comparison.analysis, comparison.title, format, blind);
  const render = () => exportDownload(comparison.analysis, comparison.title, format, blind).body;
  return cachedComparisonResponse(request, comparison, `export ${format}${blind ? ' blind' : ''}`, contentType, render, {
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
});
