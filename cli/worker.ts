// `parallax worker`: analysis workers in their own process, on the database DATABASE_URL names (pg-boss
// on PostgreSQL, the comparison rows on SQLite). Each job runs in the worker-thread pool (lib/workers),
// sized to the concurrency. Runs until SIGINT or SIGTERM, then stops taking jobs and exits; a job cut
// short is retried by another worker.
import os from 'node:os';
import { getPrisma } from '../lib/db/client';
import { readDatabaseEnv } from '../lib/db/env';
import { startAnalysisWorkers } from '../lib/jobs/start-workers';
import { closeAnalysisPool } from '../lib/workers/analysis-pool';
import { CliError, EXIT_OK } from './cli-error';

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
  const workers = await startAnalysisWorkers({ concurrency: count });
  process.stderr.write(`parallax: worker analysing queued comparisons (${env.provider}, ${count} at a time)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stderr.write('parallax: worker stopping\n');
  await workers.stop();
  await closeAnalysisPool();
  await getPrisma().$disconnect();
  return EXIT_OK;
}
