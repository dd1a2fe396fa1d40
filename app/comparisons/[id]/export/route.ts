// Downloads for the comparison page: /comparisons/{id}/export?format=csv|json|md[&blind=1].
import { getComparisonById } from '@/lib/comparisons';
import { exportDownload, exportHeaders, isExportFormat } from '@/lib/export';
import { cachedComparisonResponse } from '@/lib/api/cached-read';
import { pendingComparisonResponse } from '@/lib/api/pending-comparison';
import { problemResponse } from '@/lib/api/problem';
import { hasServerAccess } from '@/lib/api/server-access';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Checked here too, not only in proxy.ts: a download is the whole analysis.
  if (!(await hasServerAccess('read')))
    return problemResponse(401, 'UNAUTHORIZED', 'This Parallax is private: sign in at /sign-in to download comparisons.', {}, { 'WWW-Authenticate': 'Bearer realm="parallax"' });
  const url = new URL(request.url);
  const format = url.searchParams.get('format') ?? 'json';
  if (!isExportFormat(format)) {
    return Response.json({ error: { code: 'INVALID_INPUT', message: 'format must be one of json, csv, md' } }, { status: 400 });
  }
  const comparison = await getComparisonById({ id: (await params).id });
  if (!comparison) return Response.json({ error: { code: 'NOT_FOUND', message: 'no such comparison' } }, { status: 404 });
  if (comparison.status !== 'done') return pendingComparisonResponse(comparison);
  const blind = ['1', 'true'].includes(url.searchParams.get('blind') ?? '');
  const { contentType, filename } = exportHeaders(comparison.analysis, comparison.title, format, blind);
  const render = () => exportDownload(comparison.analysis, comparison.title, format, blind).body;
  return cachedComparisonResponse(request, comparison, `export ${format}${blind ? ' blind' : ''}`, contentType, render, {
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}
