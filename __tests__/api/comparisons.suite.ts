// The HTTP API end to end over a real HTTP server, on each database: comparisons.test.ts (a real
// temporary SQLite file) and comparisons.postgres.test.ts (a real PostgreSQL).
import { useRouteServer } from './route-server';
import { seedArticles } from './seeds';

export function comparisonsApiSuite(): void {
  const server = useRouteServer();

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  describe('comparisons API', () => {
    let id = '';

    test('POST /api/comparisons analyses and stores: 201 with id and Location', async () => {
      const response = await post('/api/comparisons', { title: 'Talks move to Rome', articles: seedArticles });
      expect(response.status).toBe(201);
      const body = await response.json();
      id = body.id;
      expect(body).toEqual({ id, created: true, status: 'done', url: `/api/comparisons/${id}`, page: `/comparisons/${id}` });
      expect(response.headers.get('location')).toBe(`/api/comparisons/${id}`);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    });

    test('GET /api/comparisons/{id} returns the stored comparison with its Analysis', async () => {
      const response = await fetch(`${server.url}/api/comparisons/${id}`);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body).toMatchObject({ id, title: 'Talks move to Rome' });
      expect(new Date(body.createdAt).toISOString()).toBe(body.createdAt);
      expect(body.analysis.articles.map((a: { outlet: string }) => a.outlet)).toEqual(seedArticles.map((a) => a.outlet));
      for (const article of body.analysis.articles)
        for (const claim of article.claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
    });

    test('GET /api/comparisons/{id} has an ETag: If-None-Match gives 304; ?fields=summary leaves the analysis out', async () => {
      const full = await fetch(`${server.url}/api/comparisons/${id}`);
      const etag = full.headers.get('etag')!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(full.headers.get('cache-control')).toBe('public, no-cache');
      const again = await fetch(`${server.url}/api/comparisons/${id}`, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      const summary = await fetch(`${server.url}/api/comparisons/${id}?fields=summary`);
      expect(summary.status).toBe(200);
      expect(summary.headers.get('etag')).not.toBe(etag);
      const body = await summary.json();
      expect(body).not.toHaveProperty('analysis');
      expect(body.claimCount).toBeGreaterThan(0);
      expect(body.coverage.total).toBe(body.groupCount);
      expect((await fetch(`${server.url}/api/comparisons/${id}?fields=nonsense`)).status).toBe(400);
      const csv = await fetch(`${server.url}/api/comparisons/${id}/export?format=csv`);
      const csvAgain = await fetch(`${server.url}/api/comparisons/${id}/export?format=csv`, { headers: { 'If-None-Match': csv.headers.get('etag')! } });
      expect(csvAgain.status).toBe(304);
    });

    test('GET /api/comparisons lists with pagination', async () => {
      await post('/api/comparisons', { title: 'Second', articles: [{ text: 'The minister resigned on Tuesday.' }] });
      const first = await (await fetch(`${server.url}/api/comparisons?pageSize=1`)).json();
      expect(first).toMatchObject({ total: 2, page: 1, pageSize: 1 });
      expect(first.items).toHaveLength(1);
      const second = await (await fetch(`${server.url}/api/comparisons?page=2&pageSize=1`)).json();
      expect(second.items).toHaveLength(1);
      expect(new Set([first.items[0].title, second.items[0].title])).toEqual(new Set(['Talks move to Rome', 'Second']));
      const bad = await fetch(`${server.url}/api/comparisons?pageSize=1000`);
      expect(bad.status).toBe(400);
      expect((await bad.json()).detail).toBe('pageSize: pageSize may be at most 100');
    });

    test('GET /api/comparisons/{id}/export in json, csv and md, blind on request', async () => {
      const csv = await fetch(`${server.url}/api/comparisons/${id}/export?format=csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.headers.get('content-disposition')).toBe('attachment; filename="talks-move-to-rome.csv"');
      expect((await csv.text()).split('\n').length).toBeGreaterThan(2);
      const md = await fetch(`${server.url}/api/comparisons/${id}/export?format=md&blind=1`);
      expect(md.headers.get('content-disposition')).toBe('attachment; filename="talks-move-to-rome-blind.md"');
      const markdown = await md.text();
      expect(markdown).not.toContain(seedArticles[0].outlet);
      const json = await fetch(`${server.url}/api/comparisons/${id}/export`);
      expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const bad = await fetch(`${server.url}/api/comparisons/${id}/export?format=pdf`);
      expect(bad.status).toBe(400);
      expect((await bad.json()).detail).toBe('format: format must be json, csv or md');
    });

    test('an Idempotency-Key makes a retried POST return the same comparison', async () => {
      const body = { articles: [{ text: 'Prices rose by 3 percent in May.' }] };
      const first = await post('/api/comparisons', body, { 'idempotency-key': 'retry-1' });
      const second = await post('/api/comparisons', body, { 'idempotency-key': 'retry-1' });
      expect(first.status).toBe(201);
      expect(second.status).toBe(200);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect((await second.json()).id).toBe((await first.json()).id);
      const list = await (await fetch(`${server.url}/api/comparisons?pageSize=100`)).json();
      expect(list.total).toBe(3);
    });

    test('DELETE removes it: 204, then 404 as problem+json', async () => {
      expect((await fetch(`${server.url}/api/comparisons/${id}`, { method: 'DELETE' })).status).toBe(204);
      const gone = await fetch(`${server.url}/api/comparisons/${id}`);
      expect(gone.status).toBe(404);
      expect(gone.headers.get('content-type')).toBe('application/problem+json');
      expect(await gone.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: `There is no comparison with id "${id}".` });
      expect((await fetch(`${server.url}/api/comparisons/${id}`, { method: 'DELETE' })).status).toBe(404);
    });

    test('POST /api/analyze returns the Analysis of the seeds and stores nothing', async () => {
      const before = (await (await fetch(`${server.url}/api/comparisons`)).json()).total;
      const response = await post('/api/analyze', { articles: seedArticles });
      expect(response.status).toBe(200);
      const analysis = await response.json();
      expect(analysis.schemaVersion).toBeDefined();
      expect(analysis.articles).toHaveLength(2);
      const claimIds = analysis.articles.flatMap((a: { claims: Array<{ id: string }> }) => a.claims.map((c) => c.id)).sort();
      expect(analysis.groups.flatMap((g: { claims: string[] }) => g.claims).sort()).toEqual(claimIds);
      expect((await (await fetch(`${server.url}/api/comparisons`)).json()).total).toBe(before);
    });

    test('API responses carry the security headers and a CSP that forbids everything', async () => {
      const response = await fetch(`${server.url}/api/comparisons`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    test('POST /api/ingest refuses an internal URL and reads an uploaded .json of several articles', async () => {
      const refused = await post('/api/ingest', { url: `${server.url}/api/comparisons` });
      expect(refused.status).toBe(400);
      expect((await refused.json()).detail).toMatch(/a loopback address/);
      const form = new FormData();
      form.append('file', new Blob([JSON.stringify({ articles: [{ outlet: 'A', text: 'Talks resumed.' }, { outlet: 'B', text: 'Talks ended.' }] })]), 'pair.json');
      const uploaded = await fetch(`${server.url}/api/ingest`, { method: 'POST', body: form });
      expect(uploaded.status).toBe(200);
      expect((await uploaded.json()).articles.map((a: { outlet: string }) => a.outlet)).toEqual(['A', 'B']);
    });

    test('URLs of internal addresses are refused, per article, and nothing is stored', async () => {
      const before = (await (await fetch(`${server.url}/api/comparisons`)).json()).total;
      const response = await post('/api/comparisons', {
        articles: [{ text: 'Talks resumed.' }, { url: `${server.url}/api/comparisons` }, { url: 'http://169.254.169.254/latest/meta-data/' }],
      });
      expect(response.status).toBe(400);
      const problem = await response.json();
      expect(problem.code).toBe('FETCH_FAILED');
      expect(problem.articles.map((a: { index: number }) => a.index)).toEqual([1, 2]);
      expect(problem.detail).toMatch(/^article 2 \(http:\/\/127\.0\.0\.1:\d+\/api\/comparisons\): Refused to fetch 127\.0\.0\.1/);
      expect((await (await fetch(`${server.url}/api/comparisons`)).json()).total).toBe(before);
    });
  });
}
