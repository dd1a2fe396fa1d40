// GET /api/corpora/{id}?format=json|csv&from=&to=&outlet=&actor=: the corpus's stories and outlet
// profiles (JSON), or the per-outlet and per-week figures (CSV), filtered as on the corpus page.
import { corpusCsv, corpusJson, getCorpus } from '@/lib/corpus';
import { inputError } from '@/lib/api/api-article-schema';
import { jsonResponse, textResponse } from '@/lib/api/json-response';
import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/api/route';
import { corpusIdParams, corpusQuery, type CorpusContext } from './schema';

export const GET = apiRoute<CorpusContext>({ access: 'read' }, async (request, context) => {
  const { id } = corpusIdParams.parse(await context.params);
  const query = corpusQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw inputError(query.error);
  const { format, ...filter } = query.data;
  const view = await getCorpus({ id, filter });
  if (!view) throw new AppError('NOT_FOUND', `There is no corpus with id "${id}".`, 404);
  if (format === 'csv') return textResponse(corpusCsv(view), 'text/csv; charset=utf-8', { 'Content-Disposition': `attachment; filename="corpus-${view.id}.csv"` });
  return jsonResponse(corpusJson(view), 200, format === 'json' && new URL(request.url).searchParams.has('download') ? { 'Content-Disposition': `attachment; filename="corpus-${view.id}.json"` } : {});
});
