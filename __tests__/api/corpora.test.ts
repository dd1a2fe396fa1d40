// GET /api/corpora and /api/corpora/{id} over a real HTTP server and a real SQLite file, on the
// imported fixture corpus whose stories were analysed by the queue's workers.
import { useTempDatabase } from '@/__tests__/helpers/temp-db';
import { CORPUS_CSV_COLUMNS, corpusJson, getCorpus } from '@/lib/corpus';
import { closeAnalysisQueue } from '@/lib/jobs/queue';
import { analyseQueued, importFixtureCorpus } from '../corpus/fixture-corpus';
import { useRouteServer } from './route-server';

useTempDatabase();
const server = useRouteServer();
afterAll(() => closeAnalysisQueue());

let id = '';
beforeAll(async () => {
  id = await importFixtureCorpus('api fixtures');
  await analyseQueued();
}, 180_000);

const get = (path: string) => fetch(`${server.url}${path}`);

describe('corpora API', () => {
  test('GET /api/corpora lists the corpus with its counts and links', async () => {
    const response = await get('/api/corpora');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ items: [{ id, name: 'api fixtures', createdAt: expect.any(String), articles: 13, stories: 6, url: `/api/corpora/${id}`, page: `/corpora/${id}` }] });
  });

  test('GET /api/corpora/{id} answers the same figures as the data layer', async () => {
    const response = await get(`/api/corpora/${id}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(corpusJson((await getCorpus({ id }))!))));
    expect(body.profiles.map((p: { outlet: string }) => p.outlet)).toEqual(['Capital Daily', 'Harbour Post', 'Valley Herald']);
    expect(body.counts).toEqual({ stories: 6, analysed: 4, pending: 0, failed: 0, oneOutlet: 2 });
  });

  test('filters as query parameters; empty fields are no filter', async () => {
    const filtered = await (await get(`/api/corpora/${id}?outlet=Valley+Herald&from=2026-03-09&actor=`)).json();
    expect(filtered.filter).toEqual({ outlet: 'Valley Herald', from: '2026-03-09' });
    expect(filtered.profiles.map((p: { outlet: string }) => p.outlet)).toEqual(['Valley Herald']);
    expect(filtered.stories.map((s: { label: string }) => s.label).sort()).toEqual(['Strand Point lighthouse goes to auction', 'Tram drivers in Belmora walk out over pay'].sort());
    const byActor = await (await get(`/api/corpora/${id}?actor=Mila%20Ostrova`)).json();
    expect(byActor.stories).toHaveLength(1);
  });

  test('?format=csv is an attachment with a row per outlet and per week', async () => {
    const response = await get(`/api/corpora/${id}?format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="corpus-${id}.csv"`);
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CORPUS_CSV_COLUMNS.join(','));
    expect(lines.filter((l) => l.split(',')[1] === '"all"').map((l) => l.split(',')[0])).toEqual(['"Capital Daily"', '"Harbour Post"', '"Valley Herald"']);
    const json = await (await get(`/api/corpora/${id}?download=1`)).headers.get('content-disposition');
    expect(json).toBe(`attachment; filename="corpus-${id}.json"`);
  });

  test('an unknown corpus is 404, a malformed filter 400, both as problem+json', async () => {
    const missing = await get('/api/corpora/no-such-corpus');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await missing.json()).code).toBe('NOT_FOUND');
    const bad = await get(`/api/corpora/${id}?from=March`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/from.*YYYY-MM-DD|YYYY-MM-DD/);
    expect((await get(`/api/corpora/${id}?format=xml`)).status).toBe(400);
  });
});
