// The queued path, run on each database (analysis-jobs.test.ts on SQLite with the in-process queue,
// analysis-jobs.postgres.test.ts on PostgreSQL with pg-boss): stored first with status queued, read as
// pending, analysed by a worker, then read as done; a second analysis of the same version is a no-op.
import { analyseComparison, createComparison, getComparisonById, listComparisons } from '../../lib/comparisons';
import { requeueLostAnalyses } from '../../lib/comparisons/requeue-lost-analyses';
import { getPrisma } from '../../lib/db/client';
import { startAnalysisWorkers } from '../../lib/jobs/start-workers';
import { closeAnalysisQueue } from '../../lib/jobs/queue';
import { analyze } from '../../lib/pipeline';

export const jobArticles = [
  { outlet: 'Daily One', title: 'Talks resume', text: 'Talks resumed in Oman on Friday, officials said.' },
  { outlet: 'Daily Two', text: 'Officials said the talks in Oman resumed.' },
];

export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last value: ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function analysisJobsSuite(): void {
  beforeAll(() => {
    process.env.PARALLAX_JOB_POLL_SECONDS = '1';
  });
  afterAll(() => closeAnalysisQueue());

  it('stores a queued comparison, reads it as pending, and a worker analyses it', async () => {
    const { id, created, status } = await createComparison({ articles: jobArticles, analyse: 'queued' });
    expect({ created, status }).toEqual({ created: true, status: 'queued' });
    expect(await getComparisonById({ id })).toMatchObject({ id, status: 'queued', analysis: null, title: 'Talks resume' });
    expect((await listComparisons()).items.find((item) => item.id === id)?.status).toBe('queued');

    const workers = await startAnalysisWorkers({ concurrency: 1 });
    try {
      const done = await until(() => getComparisonById({ id }), (c) => c?.status === 'done');
      expect(done!.analysis).toEqual(analyze(jobArticles));
      expect(await analyseComparison({ id })).toBe('already-done');
    } finally {
      await workers.stop();
    }
  });

  it('analyses each of several comparisons posted at once exactly once', async () => {
    const posts = await Promise.all(
      [1, 2, 3, 4].map((n) => createComparison({ articles: [{ outlet: `Wire ${n}`, text: `Talks resumed in Oman on day ${n}, officials said.` }, jobArticles[1]], analyse: 'queued' })),
    );
    expect(new Set(posts.map((p) => p.id)).size).toBe(4);
    const workers = await startAnalysisWorkers({ concurrency: 2 });
    try {
      for (const { id } of posts) await until(() => getComparisonById({ id }), (c) => c?.status === 'done');
    } finally {
      await workers.stop();
    }
    for (const { id } of posts) expect(await analyseComparison({ id })).toBe('already-done');
  });

  it('puts an analysis whose worker died back in the queue, and fails it once its attempts are spent', async () => {
    const prisma = getPrisma();
    const lost = await createComparison({ articles: [{ outlet: 'Lost', text: 'A worker died while analysing this one.' }], analyse: 'queued' });
    const spent = await createComparison({ articles: [{ outlet: 'Spent', text: 'Every worker that took this one died.' }], analyse: 'queued' });
    const longAgo = new Date(Date.now() - 3_600_000);
    await prisma.comparison.update({ where: { id: lost.id }, data: { analysisStatus: 'running', analysisAttempts: 1, updatedAt: longAgo } });
    await prisma.comparison.update({ where: { id: spent.id }, data: { analysisStatus: 'running', analysisAttempts: 4, updatedAt: longAgo } });
    const fresh = await createComparison({ articles: [{ outlet: 'Busy', text: 'A live worker is analysing this one.' }], analyse: 'queued' });
    await prisma.comparison.update({ where: { id: fresh.id }, data: { analysisStatus: 'running', analysisAttempts: 4 } });

    expect(await requeueLostAnalyses({ seconds: 60, retries: 3 })).toEqual({ requeued: [lost.id], failed: [spent.id] });
    expect(await getComparisonById({ id: lost.id })).toMatchObject({ status: 'queued', reason: 'attempt 1 lost its worker' });
    expect(await getComparisonById({ id: spent.id })).toMatchObject({ status: 'failed', reason: expect.stringMatching(/stopped its worker 4 times/) });
    expect((await getComparisonById({ id: fresh.id }))?.status).toBe('running');
    await prisma.comparison.deleteMany({ where: { id: { in: [lost.id, spent.id, fresh.id] } } });
  });
}
