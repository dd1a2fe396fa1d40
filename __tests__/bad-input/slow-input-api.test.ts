// An input that takes longer than its deadline, through the HTTP API: a 503 problem+json with
// Retry-After that names the article, nothing stored (nor a stored comparison changed by a re-analysis
// on read), and the same server goes on analysing. The deadline is made small with
// PARALLAX_ANALYSIS_TIMEOUT_MS, so four real 200,000-character articles exceed it many times over.
import Database from 'better-sqlite3';
import { useTempDatabase } from '@/__tests__/helpers/temp-db';
import { useRouteServer } from '@/__tests__/api/route-server';
import { proseOfLength } from './cases';
import { analyseComparison } from '@/lib/comparisons';

// These inputs are analysed within the request (the inline path and its deadline), whatever their size.
process.env.PARALLAX_INLINE_ANALYSIS_CHARS = '10000000';

jest.setTimeout(180_000);

const db = useTempDatabase();
const server = useRouteServer();

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** About 800,000 characters: several seconds of analysis, against a deadline of 20 ms × 41 = 0.8 s. */
const long = [1, 2, 3, 4].map((i) => ({ outlet: `Long ${i}`, text: proseOfLength(200_000 - i) }));
const short = [{ outlet: 'Wire', text: 'Talks between Iran and the United States resumed in Rome on Friday, officials said.' }];

function sql<T>(query: string, ...params: unknown[]): T {
  const sqlite = new Database(db.file);
  try {
    return (query.trimStart().startsWith('SELECT') ? sqlite.prepare(query).get(...params) : sqlite.prepare(query).run(...params)) as T;
  } finally {
    sqlite.close();
  }
}
const comparisons = () => sql<{ n: number }>('SELECT COUNT(*) AS n FROM "Comparison"').n;

const withTinyDeadline = async <T>(run: () => Promise<T>): Promise<T> => {
  process.env.PARALLAX_ANALYSIS_TIMEOUT_MS = '20';
  try {
    return await run();
  } finally {
    delete process.env.PARALLAX_ANALYSIS_TIMEOUT_MS;
  }
};

async function expectDeadlineProblem(response: Response) {
  expect({ status: response.status, type: response.headers.get('content-type'), retryAfter: response.headers.get('retry-after') }).toEqual({
    status: 503,
    type: 'application/problem+json',
    retryAfter: '30',
  });
  const problem = await response.json();
  expect(problem).toMatchObject({ status: 503, code: 'ANALYSIS_TIMEOUT', title: 'Service unavailable' });
  return problem;
}

describe('an input slower than its deadline, through the API', () => {
  test('POST /api/analyze and POST /api/comparisons: 503 naming the article and stage, nothing stored', async () => {
    const before = comparisons();
    for (const path of ['/api/analyze', '/api/comparisons']) {
      const problem = await withTinyDeadline(async () => expectDeadlineProblem(await post(path, { articles: long })));
      expect(problem.detail).toMatch(
        /^article [1-4] \(Long [1-4]\): the analysis did not finish within its 0\.8 s deadline \(it was in the (ingest|claims|annotations) stage\)\. Nothing was stored\. The server may be busy: try again in 30 s/,
      );
      expect(problem.articles).toEqual([{ index: expect.any(Number), code: 'ANALYSIS_TIMEOUT', message: expect.stringMatching(/did not finish within/) }]);
    }
    expect(comparisons()).toBe(before);
  });

  test('the same server then analyses and stores as usual (the stopped worker was replaced)', async () => {
    const analysed = await post('/api/analyze', { articles: short });
    expect(analysed.status).toBe(200);
    expect((await analysed.json()).articles).toHaveLength(1);
    const stored = await post('/api/comparisons', { articles: short });
    expect(stored.status).toBe(201);
  });

  test('HTML that takes too long to read (1.7 MB of paragraphs 50 sections deep), given inline or uploaded: 503 too; a plain page still reads', async () => {
    // Deep nesting alone is no longer slow (lib/ingest/html/limit-nesting.ts), so the slow page is a big one:
    // about 2 s of Readability against a deadline of 250 ms.
    const nested = `<html><body>${'<section>'.repeat(50)}${`<div><p>${proseOfLength(1500)}</p></div>`.repeat(1100)}${'</section>'.repeat(50)}</body></html>`;
    const upload = (name: string, content: string) => {
      const form = new FormData();
      form.append('file', new Blob([content]), name);
      return fetch(`${server.url}/api/ingest`, { method: 'POST', body: form });
    };
    const inline = await withTinyDeadline(async () => expectDeadlineProblem(await post('/api/analyze', { articles: [{ outlet: 'Deep', html: nested }] })));
    expect(inline.detail).toMatch(/^article 1: reading the page's HTML did not finish within its [\d.]+ s deadline\. Nothing was stored\./);
    expect(inline.articles).toEqual([{ index: 0, code: 'ANALYSIS_TIMEOUT', message: expect.stringMatching(/^reading the page's HTML did not finish/) }]);
    const uploaded = await withTinyDeadline(async () => expectDeadlineProblem(await upload('deep.html', nested)));
    expect(uploaded.detail).toMatch(/^reading the page's HTML did not finish within its [\d.]+ s deadline/);

    const plain = '<html><head><title>Talks move</title></head><body><article><p>Talks between Iran and the United States will resume in Rome on Friday, the Omani foreign minister said on Monday.</p></article></body></html>';
    const analysed = await post('/api/analyze', { articles: [{ outlet: 'Page', html: plain }] });
    expect(analysed.status).toBe(200);
    expect((await analysed.json()).articles[0]).toMatchObject({ title: 'Talks move', text: expect.stringContaining('resume in Rome on Friday') });
    const read = await upload('page.html', plain);
    expect(read.status).toBe(200);
    expect((await read.json()).articles[0]).toMatchObject({ title: 'Talks move', text: expect.stringContaining('resume in Rome on Friday') });
  });

  test('a stored comparison of an older analyser: a read queues it (202) instead of re-analysing; a job past its deadline leaves the rows as they were', async () => {
    const created = await post('/api/comparisons', { title: 'Long read', articles: long });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    // As if an older analyser had made it: the next read queues its re-analysis.
    sql('UPDATE "Comparison" SET "analyzerVersion" = ? WHERE "id" = ?', 'older', id);
    const storedBefore = sql<{ analysisJson: string }>('SELECT "analysisJson" FROM "Comparison" WHERE "id" = ?', id).analysisJson;

    const queued = await fetch(`${server.url}/api/comparisons/${id}`);
    expect(queued.status).toBe(202);
    expect(await queued.json()).toMatchObject({ id, status: 'queued' });
    await withTinyDeadline(async () => expect(analyseComparison({ id })).rejects.toThrow(/did not finish within/));
    expect(sql('SELECT "analyzerVersion", "analysisJson" FROM "Comparison" WHERE "id" = ?', id)).toEqual({ analyzerVersion: 'older', analysisJson: storedBefore });

    expect(await analyseComparison({ id })).toBe('analysed');
    const read = await fetch(`${server.url}/api/comparisons/${id}`);
    expect(read.status).toBe(200);
    expect((await read.json()).analysis.articles).toHaveLength(4);
    expect(sql<{ analyzerVersion: string }>('SELECT "analyzerVersion" FROM "Comparison" WHERE "id" = ?', id).analyzerVersion).not.toBe('older');
  });
});
