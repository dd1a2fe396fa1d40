// POST /api/analyze: the Analysis of the given articles, nothing stored. Analysed in the worker pool,
// under a deadline (503 ANALYSIS_TIMEOUT with Retry-After past it).
import { inputError } from '@/lib/api/api-article-schema';
import { jsonResponse } from '@/lib/api/json-response';
import { readJsonBody } from '@/lib/api/read-body';
import { resolveArticles } from '@/lib/api/resolve-articles';
import { apiRoute } from '@/lib/api/route';
import { runAnalysis } from '@/lib/workers/analysis-pool';
import { analyzeBody } from './schema';

export const POST = apiRoute({ access: 'read', limited: true }, async (request) => {
  const body = analyzeBody.safeParse(await readJsonBody(request));
  if (!body.success) throw inputError(body.error);
  const articles = await resolveArticles(body.data.articles);
  return jsonResponse(await runAnalysis(articles.map(({ html: _html, ...article }) => article)));
});
