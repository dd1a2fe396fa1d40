// `parallax worker`: analysis workers in their own process, on the database DATABASE_URL names (pg-boss
// on PostgreSQL, the comparison rows on SQLite). Each job runs in the worker-thread pool (lib/workers),
// sized to the concurrency. Runs until SIGINT or SIGTERM, then stops taking jobs and exits; a job cut
// short is retried by another worker.
import os from 'node:os';
import { getPrisma } from '../lib/db/client';
import { readDatabaseEnv } from '../lib/db/env';
import { startAnalysisWorkers } from '../lib/jobs/start-workers';
import { closeAnalysisPool } from '../lib/workers/analysis-pool';
import { isDatabaseUnreachable } from '../lib/db/unreachable';
import { closeAnalysisQueue } from '../lib/jobs/queue';
import { CliError, EXIT_OK } from './cli-error';

const MAX_WAIT_MS = 30_000;

/**
 * Starts the workers, waiting out a database that is not up yet (workers started before it, or during a
 * restart) with a growing pause; a wrong URL or password still fails at once. Null when asked to stop first.
 */
async function startWhenReachable<T>(start: () => Promise<T>, stopRequested: Promise<void>): Promise<T | null> {
  let stop = false;
  void stopRequested.then(() => (stop = true));
  for (let wait = 1000; ; wait = Math.min(wait * 2, MAX_WAIT_MS)) {
    try {
      return await start();
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      await closeAnalysisQueue().catch(() => {});
      process.stderr.write(`parallax: worker: the database cannot be reached (${(error as Error).message}); trying again in ${wait / 1000} s\n`);
      await Promise.race([stopRequested, new Promise((r) => setTimeout(r, wait))]);
      if (stop) return null;
    }
  }
}

export async function runWorker({ concurrency }: { concurrency: number | null }): Promise<number> {
  let env;
  try {
    env = readDatabaseEnv();
  } catch (error) {
    throw new CliError((error as Error).message.replace(/^parallax: /, ''));
  }
  const count = concurrency ?? Math.max(1, os.availableParallelism());
  // The shared pool the jobs run in: one worker thread per concurrent job.
  process.env.PARALLAX_ANALYSIS_WORKERS ??= String(count);
  const stopRequested = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const workers = await startWhenReachable(() => startAnalysisWorkers({ concurrency: count }), stopRequested);
  if (workers) {
    process.stderr.write(`parallax: worker analysing queued comparisons (${env.provider}, ${count} at a time)\n`);
    await stopRequested;
    process.stderr.write('parallax: worker stopping\n');
    await workers.stop();
  }
  await closeAnalysisPool();
  await getPrisma().$disconnect();
  return EXIT_OK;
}
