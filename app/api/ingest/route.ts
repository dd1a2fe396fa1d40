// POST /api/ingest: reads one article without storing anything, for the new-comparison form's
// per-article progress and errors: a URL (JSON {"url"}) is fetched safely and extracted; an uploaded
// file (multipart/form-data, field "file") is read by type. Answers {articles: [...]}. HTML is read in
// the worker pool under a deadline (503 ANALYSIS_TIMEOUT past it).
import { AppError } from '@/lib/errors';
import { inputError } from '@/lib/api/api-article-schema';
import { fileToArticles } from '@/lib/api/file-to-articles';
import { jsonResponse } from '@/lib/api/json-response';
import { MAX_UPLOAD_BYTES } from '@/lib/api/limits';
import { mediaType, readBodyBytes, readJsonBody } from '@/lib/api/read-body';
import { resolveArticle } from '@/lib/api/resolve-articles';
import { apiRoute } from '@/lib/api/route';
import { runHtmlExtraction } from '@/lib/workers/analysis-pool';
import { ingestUrlBody } from './schema';

async function fromUpload(request: Request) {
  // The size limit is enforced while reading (room for the multipart envelope around the file).
  const bytes = await readBodyBytes(request, MAX_UPLOAD_BYTES + 64 * 1024);
  let form: FormData;
  try {
    form = await new Response(Buffer.from(bytes), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new AppError('INVALID_INPUT', 'The upload is not valid multipart/form-data.', 400);
  }
  const file = form.get('file');
  if (!file || typeof file === 'string') throw new AppError('INVALID_INPUT', 'Upload the article as a file in the form field "file".', 400);
  const { articles } = await fileToArticles(file.name || 'upload.txt', new Uint8Array(await file.arrayBuffer()), { readHtml: (html) => runHtmlExtraction(html) });
  return articles;
}

export const POST = apiRoute({ access: 'write', limited: true }, async (request) => {
  if (mediaType(request) === 'multipart/form-data') return jsonResponse({ articles: await fromUpload(request) });
  const body = ingestUrlBody.safeParse(await readJsonBody(request));
  if (!body.success) throw inputError(body.error);
  const { html: _html, ...article } = await resolveArticle({ url: body.data.url });
  return jsonResponse({ articles: [article] });
});
