// `npm run bench jobs`: analyses per second through the job queue on a real PostgreSQL (a throwaway
// cluster, or PARALLAX_BENCH_POSTGRES_URL), with real `parallax worker` processes: one worker running
// one job at a time, one running two, and two workers of one each. Every run analyses the same batch:
// JOBS comparisons of the two seed articles, each with its own first line so that none is shared.
// Workers are started and warmed up (one job each) before the clock starts, so the figure is the
// steady rate, not process start and model load. Ratios in one run are what to compare on a shared machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createMigratedDatabase, startThrowawayCluster } from '../db/throwaway-postgres';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'parallax.js');
const JOBS = Number(process.env.PARALLAX_BENCH_JOBS) || 24;
const SEEDS = ['seeds/000_68b51bf4a201928c.txt', 'seeds/004_8987d4694f22efb9.txt'].map((f) => readFileSync(path.join(ROOT, f), 'utf8'));

interface Setup {
  workers: number;
  concurrency: number;
}

const SETUPS: Setup[] = [
  { workers: 1, concurrency: 1 },
  { workers: 1, concurrency: 2 },
  { workers: 2, concurrency: 1 },
];

function startWorker(url: string, concurrency: number): ChildProcess {
  const child = spawn(process.execPath, [BIN, 'worker', '--concurrency', String(concurrency)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PARALLAX_JOB_POLL_SECONDS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Only what is not the usual start and stop lines: errors.
  child.stderr!.on('data', (d: Buffer) => {
    const unusual = d.toString().split('\n').filter((line) => line && !/worker (analysing|stopping)/.test(line));
    if (unusual.length) process.stderr.write(`${unusual.join('\n')}\n`);
  });
  return child;
}

async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

async function runSetup(serverUrl: string, setup: Setup): Promise<{ seconds: number; perSecond: number }> {
  const db = await createMigratedDatabase(serverUrl, 'parallax_bench');
  process.env.DATABASE_URL = db.url;
  // Imported after DATABASE_URL is set: the client and the queue follow it.
  const { createComparison } = await import('../../lib/comparisons');
  const { getPrisma } = await import('../../lib/db/client');
  const { closeAnalysisQueue, getAnalysisQueue } = await import('../../lib/jobs/queue');
  let batch = 0;
  const post = async (count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++, batch++) {
      const articles = SEEDS.map((text, j) => ({ outlet: `Outlet ${j + 1}`, text: `Report ${batch} of the bench.\n\n${text}` }));
      const { id } = await createComparison({ articles, analyse: 'queued' });
      ids.push(id);
    }
    await getAnalysisQueue().enqueue(ids);
    return ids;
  };
  const allDone = async (ids: string[]) => {
    for (;;) {
      const done = await getPrisma().comparison.count({ where: { id: { in: ids }, analysisStatus: 'done' } });
      if (done === ids.length) return;
      const failed = await getPrisma().comparison.findFirst({ where: { id: { in: ids }, analysisStatus: 'failed' } });
      if (failed) throw new Error(`an analysis failed: ${failed.analysisError}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const children = Array.from({ length: setup.workers }, () => startWorker(db.url, setup.concurrency));
  try {
    await allDone(await post(setup.workers * setup.concurrency * 2));
    const ids = await post(JOBS);
    const started = process.hrtime.bigint();
    await allDone(ids);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { seconds, perSecond: JOBS / seconds };
  } finally {
    await stopAll(children);
    await closeAnalysisQueue();
    await getPrisma().$disconnect();
    await db.drop();
  }
}

export async function run(): Promise<void> {
  const shared = process.env.PARALLAX_BENCH_POSTGRES_URL;
  const cluster = shared ? null : await startThrowawayCluster(mkdtempSync(path.join(tmpdir(), 'parallax-bench-pg-')));
  const serverUrl = shared ?? cluster!.url;
  console.log(`${JOBS} comparisons of the two seed articles (${SEEDS.reduce((n, s) => n + s.length, 0).toLocaleString('en')} characters each) per setup; ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)}`);
  try {
    const results: Array<Setup & { seconds: number; perSecond: number }> = [];
    for (const setup of SETUPS) {
      const result = await runSetup(serverUrl, setup);
      results.push({ ...setup, ...result });
      console.log(`${setup.workers} worker(s) × ${setup.concurrency} at a time: ${result.seconds.toFixed(1)} s, ${result.perSecond.toFixed(2)} analyses/s`);
    }
    const base = results[0].perSecond;
    console.log(`ratios to one worker × 1: ${results.map((r) => `${r.workers}×${r.concurrency} ${(r.perSecond / base).toFixed(2)}`).join(', ')}`);
  } finally {
    cluster?.stop();
  }
}
