// Analysis workers in this process: `parallax worker`, or an app instance (unless PARALLAX_WORKERS=0).
// Each job analyses one comparison in the worker-thread pool (lib/workers), under its deadline. On start,
// and then every minute, comparisons analysed by an older analyser are queued again, and queued
// comparisons whose job was lost (a crash between storing and queueing) are queued again.
import { analyseComparison } from '../comparisons/analyse-comparison';
import { summariseStoriesOf } from '../corpus/summarise-stories-of';
import { queueStaleAnalyses } from '../comparisons/queue-stale-analyses';
import { setAnalysisStatus } from '../comparisons/set-analysis-status';
import { requeueLostAnalyses } from '../comparisons/requeue-lost-analyses';
import { getPrisma } from '../db/client';
import { closeAnalysisQueue, getAnalysisQueue } from './queue';
import { jobSettings } from './settings';
import type { AnalysisJob } from './types';

const SWEEP_MS = 60_000;

export async function runAnalysisJob(job: AnalysisJob): Promise<void> {
  let outcome;
  try {
    outcome = await analyseComparison({ id: job.comparisonId, attempt: job.attempt });
  } catch (error) {
    if (job.finalAttempt) await setAnalysisStatus({ id: job.comparisonId, status: 'failed', reason: (error as Error).message, attempt: job.attempt });
    throw error;
  }
  // A story's summary is a convenience (a corpus read makes a missing one): failing it never fails the job.
  if (outcome === 'analysed') await summariseStoriesOf({ comparisonId: job.comparisonId }).catch((error) => console.error(`parallax: comparison ${job.comparisonId}: could not summarise its corpus stories: ${(error as Error).message}`));
}

/** Queues stale and orphaned comparisons again; safe to run in every process at once. */
export async function sweepAnalyses(): Promise<number> {
  const stale = await queueStaleAnalyses();
  // On PostgreSQL pg-boss retries a job whose worker died; this catches the one it gave up on while the
  // row still says `running` (the worker died on the last attempt), once pg-boss has had a sweep to act.
  const { expireSeconds, retries } = jobSettings();
  await requeueLostAnalyses({ seconds: expireSeconds + SWEEP_MS / 1000, retries });
  const waiting = await getPrisma().comparison.findMany({ where: { analysisStatus: 'queued' }, select: { id: true }, orderBy: { createdAt: 'asc' }, take: 1000 });
  const ids = [...new Set([...stale, ...waiting.map((w) => w.id)])];
  if (ids.length) await getAnalysisQueue().enqueue(ids);
  return ids.length;
}

export async function startAnalysisWorkers({ concurrency }: { concurrency: number }): Promise<{ stop: () => Promise<void> }> {
  const queue = getAnalysisQueue();
  await queue.work(runAnalysisJob, { concurrency });
  const sweep = () => sweepAnalyses().catch((error) => console.error(`parallax: could not queue waiting analyses: ${(error as Error).message}`));
  await sweep();
  const timer = setInterval(sweep, SWEEP_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      // Closed for the whole process, so that workers started again later get a fresh queue.
      if (getAnalysisQueue() === queue) await closeAnalysisQueue();
      else await queue.stop();
    },
  };
}
