// POST /api/check: the editor's check of a draft against 1 to 7 references (lib/check), nothing stored.
// The analysis runs in the worker pool under its deadline; `?format=md` gives the Markdown report.
import { inputError } from '@/lib/api/api-article-schema';
import { jsonResponse } from '@/lib/api/json-response';
import { AppError } from '@/lib/errors';
import { readJsonBody } from '@/lib/api/read-body';
import { resolveArticles } from '@/lib/api/resolve-articles';
import { apiRoute } from '@/lib/api/route';
import { checkInputs, checkReport, checkReportMarkdown } from '@/lib/check';
import { runAnalysis } from '@/lib/workers/analysis-pool';
import { checkBody } from './schema';

export const POST = apiRoute({ access: 'read', limited: true }, async (request) => {
  const format = new URL(request.url).searchParams.get('format') ?? 'json';
  if (format !== 'json' && format !== 'md') throw new AppError('INVALID_INPUT', `format must be json or md (got "${format}")`, 400);
  const body = checkBody.safeParse(await readJsonBody(request));
  if (!body.success) throw inputError(body.error);
  const [draft, ...references] = (await resolveArticles([body.data.draft, ...body.data.references])).map(({ html: _html, ...article }) => article);
  const report = checkReport(await runAnalysis(checkInputs(draft, references)));
  if (format === 'md') return new Response(checkReportMarkdown(report), { status: 200, headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
  return jsonResponse(report);
});
