// Downloads for the comparison page: /comparisons/{id}/export?format=csv|json|md[&blind=1].
import { getComparisonById } from '@/lib/comparisons';
import { EXPORT_FORMATS, exportFilename, isExportFormat } from '@/lib/export';
import { blindText } from '@/lib/view/blind';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const url = new URL(request.url);
  const format = url.searchParams.get('format') ?? 'json';
  if (!isExportFormat(format)) {
    return Response.json({ error: { code: 'INVALID_INPUT', message: 'format must be one of json, csv, md' } }, { status: 400 });
  }
  const comparison = await getComparisonById({ id: (await params).id });
  if (!comparison) return Response.json({ error: { code: 'NOT_FOUND', message: 'no such comparison' } }, { status: 404 });
  const blind = ['1', 'true'].includes(url.searchParams.get('blind') ?? '');
  const title = blind ? blindText(comparison.analysis, comparison.title) : comparison.title;
  const { render, contentType } = EXPORT_FORMATS[format];
  return new Response(render(comparison.analysis, { blind, title }), {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${exportFilename(title, format, blind)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
