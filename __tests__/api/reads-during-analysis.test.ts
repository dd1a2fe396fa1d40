// Reads keep answering while analyses run: analyses go to worker threads (lib/workers), so the thread
// that serves requests stays free. Four 8-article analyses are sent at once to one worker (so they run
// one after another, for several seconds); GETs sent meanwhile must all answer while analyses are still
// pending, each in a fraction of the time one analysis takes (a bound relative to this machine's speed).
import { proseOfLength } from '@/__tests__/bad-input/cases';
import { useTempDatabase } from '@/__tests__/helpers/temp-db';
import { sharedAnalysisPool } from '@/lib/workers/analysis-pool';
import { useRouteServer } from './route-server';

jest.setTimeout(180_000);

useTempDatabase();
const server = useRouteServer();

beforeAll(() => {
  process.env.PARALLAX_ANALYSIS_WORKERS = '1';
});
afterAll(() => {
  delete process.env.PARALLAX_ANALYSIS_WORKERS;
});

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const eightArticles = (n: number) => Array.from({ length: 8 }, (_, i) => ({ outlet: `Outlet ${i + 1}`, text: proseOfLength(20_000 + 97 * i + n) }));
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

test('while four 8-article analyses run, every GET answers before they are done, each far faster than one analysis', async () => {
  // A stored comparison to read, made first (this also starts the worker, so its start-up is not what is measured).
  const created = await post('/api/comparisons', { title: 'Read me', articles: [{ outlet: 'Wire', text: 'Talks resumed in Oman on Friday.' }] });
  const { id } = await created.json();
  expect(sharedAnalysisPool().size).toBe(1);

  const settledAt: number[] = [];
  const analyses = [0, 1, 2, 3].map((n) =>
    post('/api/analyze', { articles: eightArticles(n) }).then(async (response) => {
      const body = await response.json();
      settledAt.push(performance.now());
      return { status: response.status, articles: body.articles?.length };
    }),
  );
  await until(() => sharedAnalysisPool().running > 0);
  const runningSince = performance.now();

  const reads: Array<{ path: string; status: number; ms: number; doneAt: number; analysesDone: number }> = [];
  for (let round = 0; round < 4; round++)
    for (const path of ['/api/comparisons', `/api/comparisons/${id}`, '/api/openapi.json']) {
      const started = performance.now();
      const response = await fetch(`${server.url}${path}`);
      await response.arrayBuffer();
      reads.push({ path, status: response.status, ms: performance.now() - started, doneAt: performance.now(), analysesDone: settledAt.length });
    }

  expect(await Promise.all(analyses)).toEqual(Array(4).fill({ status: 200, articles: 8 }));
  expect(reads.every((read) => read.status === 200)).toBe(true);
  // Every read answered while analyses were still pending …
  const allDone = Math.max(...settledAt);
  expect(reads.filter((read) => read.doneAt >= allDone)).toEqual([]);
  expect(reads.every((read) => read.analysesDone < 4)).toBe(true);
  // … and the slowest took well under the time of one analysis (on one worker they ran one after another).
  const oneAnalysisMs = (allDone - runningSince) / 4;
  const slowestRead = Math.max(...reads.map((read) => read.ms));
  expect({ slowestRead, underHalfAnAnalysis: slowestRead < oneAnalysisMs / 2 }).toEqual({ slowestRead, underHalfAnAnalysis: true });
  expect(slowestRead).toBeLessThan(5000);
});
