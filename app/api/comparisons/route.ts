// GET /api/comparisons (paginated list), POST /api/comparisons (store, then analyse now or queue; Idempotency-Key).
import { createHash } from 'node:crypto';
import { createComparison, listComparisons } from '@/lib/comparisons';
import { inputError } from '@/lib/api/api-article-schema';
import { jsonResponse } from '@/lib/api/json-response';
import { POLL_AFTER_SECONDS } from '@/lib/api/pending-comparison';
import { analysisModeFor } from '@/lib/jobs/analysis-mode';
import { readJsonBody } from '@/lib/api/read-body';
import { resolveArticles } from '@/lib/api/resolve-articles';
import { apiRoute } from '@/lib/api/route';
import { createComparisonBody, idempotencyKeyHeader, listQuery } from './schema';

export const GET = apiRoute({ access: 'read' }, async (request) => {
  const query = listQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw inputError(query.error);
  const list = await listComparisons(query.data);
  return jsonResponse({
    ...list,
    items: list.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString(), url: `/api/comparisons/${item.id}` })),
  });
});

export const POST = apiRoute({ access: 'write', limited: true }, async (request, _context, caller) => {
  const keyHeader = request.headers.get('idempotency-key');
  const key = keyHeader === null ? undefined : idempotencyKeyHeader.safeParse(keyHeader);
  if (key && !key.success) throw inputError(key.error);
  const body = createComparisonBody.safeParse(await readJsonBody(request));
  if (!body.success) throw inputError(body.error);
  const articles = await resolveArticles(body.data.articles);
  // A key is one client's: the admin's keys are shared by all its sessions, anyone else's by its address.
  const scope = caller.signedIn ? 'signed-in' : caller.client;
  const { id, created, status } = await createComparison({
    title: body.data.title,
    articles,
    analyse: analysisModeFor(articles),
    idempotencyKey: key ? `${scope} ${key.data}` : undefined,
    idempotencyBodyHash: key ? createHash('sha256').update(JSON.stringify(body.data)).digest('hex') : undefined,
  });
  const location = `/api/comparisons/${id}`;
  // 201: analysed and stored; 202: stored and queued (poll the URL for its status); 200: a replay.
  const pending = status === 'queued' || status === 'running';
  return jsonResponse({ id, created, status, url: location, page: `/comparisons/${id}` }, created ? (pending ? 202 : 201) : 200, {
    Location: location,
    ...(pending ? { 'Retry-After': String(POLL_AFTER_SECONDS) } : {}),
    ...(key && !created ? { 'Idempotent-Replayed': 'true' } : {}),
  });
});
