// The job queue's failure cases on a real PostgreSQL, with real `parallax worker` processes: a worker
// killed in the middle of a job, and the database restarting while jobs wait. Nothing is lost, nothing is
// stored twice, and every analysis is the one the pipeline makes.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createPostgresDatabase, describeOnPostgres, startOwnCluster, usePostgresDatabase } from '../helpers/postgres';
import { createComparison, getComparisonById } from '../../lib/comparisons';
import { getPrisma } from '../../lib/db/client';
import { closeAnalysisQueue, getAnalysisQueue } from '../../lib/jobs/queue';
import { analyze } from '../../lib/pipeline';
import type { ThrowawayCluster } from '../../scripts/db/throwaway-postgres';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'parallax.js');

const QUEUE_ENV = {
  PARALLAX_JOB_EXPIRE_SECONDS: '4',
  PARALLAX_JOB_RETRY_DELAY_SECONDS: '1',
  PARALLAX_JOB_POLL_SECONDS: '1',
};
Object.assign(process.env, QUEUE_ENV);

function startWorker(databaseUrl: string): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, [BIN, 'worker', '--concurrency', '1'], {
    cwd: ROOT,
    env: { ...process.env, ...QUEUE_ENV, DATABASE_URL: databaseUrl, PARALLAX_ANALYSIS_WORKERS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return Object.assign(child, { output: () => output });
}

async function stopWorker(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/** Polls `read` until `done`; a read that throws (the database is restarting) counts as not done yet. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await read();
      if (done(last as T)) return last as T;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`gave up waiting; last: ${String(last instanceof Error ? last.message : JSON.stringify(last)).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** An article long enough that its analysis is still running when the test kills the worker. */
function longArticle(outlet: string, n: number) {
  const sentences = Array.from(
    { length: 400 },
    (_, i) => `Officials in Muscat said on day ${i + n} that round ${i} of the talks had ended, and ${outlet} reported that ${i * 7 + n} delegates attended.`,
  );
  return { outlet, title: `Talks, part ${n}`, text: sentences.join(' ') };
}

describeOnPostgres('a worker killed in the middle of a job', () => {
  const db = usePostgresDatabase();
  const workers: ChildProcess[] = [];
  afterAll(async () => {
    for (const w of workers) await stopWorker(w, 'SIGKILL');
  });

  it('is replaced by a new worker, and the job completes once', async () => {
    const articles = [longArticle('Wire A', 1), longArticle('Wire B', 2)];
    const { id } = await createComparison({ articles, analyse: 'queued' });
    await closeAnalysisQueue(); // this test process only posts: the workers are other processes

    const first = startWorker(db.current().url);
    workers.push(first);
    await until(() => getComparisonById({ id }), (c) => c?.status === 'running');
    await stopWorker(first, 'SIGKILL');
    expect((await getComparisonById({ id }))?.status).toBe('running');

    const second = startWorker(db.current().url);
    workers.push(second);
    const done = await until(() => getComparisonById({ id }), (c) => c?.status === 'done');
    expect(done!.analysis).toEqual(analyze(articles));
    // Stored once: one set of claim rows. (Which attempt finished it depends on whether the killed
    // worker's own job or a second waiting job for the same comparison was taken next; both are fine.)
    expect(await getPrisma().claim.count({ where: { comparisonId: id } })).toBe(done!.analysis!.articles.reduce((n, a) => n + a.claims.length, 0));
    await stopWorker(second);
  }, 180_000);
});

describeOnPostgres('the database restarting while jobs wait', () => {
  let cluster: ThrowawayCluster;
  let url: string;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    cluster = await startOwnCluster();
    url = (await createPostgresDatabase(cluster.url)).url;
    process.env.DATABASE_URL = url;
  }, 120_000);
  afterAll(async () => {
    for (const w of workers) await stopWorker(w, 'SIGKILL');
    await closeAnalysisQueue();
    await getPrisma().$disconnect().catch(() => {});
    cluster?.stop();
  }, 120_000);

  it('loses no job: comparisons queued before and during a restart are all analysed, by a worker that ran through it', async () => {
    const articleSets = [1, 2, 3, 4, 5, 6].map((n) => [
      { outlet: `Wire ${n}`, title: `Talks ${n}`, text: `Talks resumed in Oman on day ${n}, officials said. Delegates met for ${n} hours.` },
      { outlet: 'Daily Two', text: `Officials said the talks in Oman resumed on day ${n}.` },
    ]);
    const post = async (articles: (typeof articleSets)[number]) => {
      const { id } = await createComparison({ articles, analyse: 'queued' });
      await getAnalysisQueue().enqueue([id]);
      return id;
    };
    const posted: string[] = [];
    for (const articles of articleSets.slice(0, 3)) posted.push(await post(articles));
    await closeAnalysisQueue();

    cluster.restart();
    const worker = startWorker(url);
    workers.push(worker);
    await until(async () => worker.output(), (said) => said.includes('worker analysing'));

    for (const articles of articleSets.slice(3)) posted.push(await post(articles));
    await closeAnalysisQueue();
    cluster.restart();

    for (const [i, id] of posted.entries()) {
      const done = await until(() => getComparisonById({ id }), (c) => c?.status === 'done').catch((error) => {
        throw new Error(`${error.message}\nworker said:\n${worker.output()}`);
      });
      expect(done!.analysis).toEqual(analyze(articleSets[i]));
    }
    expect(worker.exitCode).toBeNull();
    await stopWorker(worker);
  }, 240_000);
});
