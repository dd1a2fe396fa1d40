// GET /api/corpora: every imported corpus (newest first) with its article and story counts.
import { listCorpora } from '@/lib/corpus';
import { jsonResponse } from '@/lib/api/json-response';
import { apiRoute } from '@/lib/api/route';

export const GET = apiRoute({ access: 'read' }, async () => {
  const corpora = await listCorpora();
  return jsonResponse({ items: corpora.map((c) => ({ ...c, createdAt: c.createdAt.toISOString(), url: `/api/corpora/${c.id}`, page: `/corpora/${c.id}` })) });
});
