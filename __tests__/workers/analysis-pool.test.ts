// The analysis worker pool: the same Analysis as analyze() in the calling thread, a deadline that stops
// a worker and replaces it, failures that leave the pool working. Real worker threads, real pipeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { proseOfLength } from '@/__tests__/bad-input/cases';
import type { ArticleInput } from '@/lib/contract/types';
import { AppError } from '@/lib/errors';
import { analyze } from '@/lib/pipeline';
import { AnalysisPool } from '@/lib/workers/analysis-pool';

jest.setTimeout(120_000);

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seedManifest = JSON.parse(readFileSync(join(SEEDS, 'comparison.json'), 'utf8')) as { articles: Array<{ file: string; outlet: string; title: string }> };
const seedArticles: ArticleInput[] = seedManifest.articles.map((a) => ({ outlet: a.outlet, title: a.title, text: readFileSync(join(SEEDS, a.file), 'utf8') }));

/** Four long articles: about 800,000 characters, several seconds of real analysis. */
const slowArticles: ArticleInput[] = [1, 2, 3, 4].map((i) => ({ outlet: `Long ${i}`, text: proseOfLength(200_000 - i) }));

let pool: AnalysisPool;
beforeAll(() => {
  pool = new AnalysisPool({ size: 1 });
});
afterAll(() => pool.close());

describe('the analysis worker pool', () => {
  test('gives exactly the Analysis that analyze() gives in this thread (the seed comparison, a one-article and a short one)', async () => {
    for (const articles of [seedArticles, [seedArticles[0]], [{ outlet: 'A', text: 'Talks resumed in Oman on Friday, officials said.' }]])
      expect(await pool.run(articles)).toStrictEqual(analyze(articles));
  });

  test('past its deadline the worker is terminated and replaced; the next analysis works', async () => {
    const before = pool.threadIds;
    expect(before).toHaveLength(1);
    const attempt = pool.run(slowArticles, { deadlineMs: 300 });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    const error = (await attempt.catch((e: unknown) => e)) as AppError;
    expect({ code: error.code, status: error.status, retryAfter: error.details?.retryAfter, deadlineMs: error.details?.deadlineMs }).toEqual({
      code: 'ANALYSIS_TIMEOUT',
      status: 503,
      retryAfter: 30,
      deadlineMs: 300,
    });
    // It says where the time ran out: an article (named) and a stage.
    expect(error.message).toMatch(/^article [1-4] \(Long [1-4]\): the analysis did not finish within its 0\.3 s deadline \(it was in the (ingest|claims|annotations) stage\)\. Nothing was stored\./);
    expect(error.details?.articles).toEqual([{ index: expect.any(Number), message: expect.stringMatching(/did not finish/), code: 'ANALYSIS_TIMEOUT' }]);

    const after = pool.threadIds;
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    expect(pool.started).toBe(2);
    expect(await pool.run(seedArticles)).toStrictEqual(analyze(seedArticles));
  });

  test('analyses queued behind a stopped one still run, each on its own clock', async () => {
    const slow = pool.run(slowArticles, { deadlineMs: 300 });
    const queued = [pool.run([seedArticles[0]]), pool.run([seedArticles[1]])];
    await expect(slow).rejects.toMatchObject({ code: 'ANALYSIS_TIMEOUT' });
    expect(await Promise.all(queued)).toStrictEqual([analyze([seedArticles[0]]), analyze([seedArticles[1]])]);
  });

  test('an analysis that throws rejects with its error, and the worker goes on', async () => {
    const started = pool.started;
    expect(() => analyze([null as unknown as ArticleInput])).toThrow(TypeError);
    await expect(pool.run([null as unknown as ArticleInput], { deadlineMs: 10_000 })).rejects.toThrow(/Cannot read properties of null/);
    expect(pool.started).toBe(started);
    expect((await pool.run([{ text: 'The minister resigned on Tuesday.' }])).articles).toHaveLength(1);
  });

  test('a full queue is refused at once with 503 ANALYSIS_BUSY', async () => {
    const small = new AnalysisPool({ size: 1, maxQueue: 1 });
    try {
      const running = small.run([seedArticles[0]]);
      await expect(small.run([seedArticles[1]])).rejects.toMatchObject({ code: 'ANALYSIS_BUSY', status: 503, details: { retryAfter: 30 } });
      await running;
    } finally {
      await small.close();
    }
  });

  test('several workers share the work and keep results in order of the calls', async () => {
    const two = new AnalysisPool({ size: 2 });
    try {
      const inputs = seedArticles.map((article) => [article]);
      const results = await Promise.all(inputs.map((articles) => two.run(articles)));
      expect(results).toStrictEqual(inputs.map((articles) => analyze(articles)));
      expect(two.threadIds).toHaveLength(2);
    } finally {
      await two.close();
    }
  });
});
