// The queue on SQLite: the comparison rows are the queue (status `queued`), so a single machine needs no
// other service, and pending comparisons are picked up again after a restart. Workers in any process on
// the machine (the app's own, `parallax worker`) claim rows with a conditional update; a failed attempt
// is queued again after a backoff; a row left `running` by a process that died is put back once it is
// older than the job expiry.
import { claimQueuedComparison } from '../comparisons/claim-queued-comparison';
import { requeueLostAnalyses } from '../comparisons/requeue-lost-analyses';
import { setAnalysisStatus } from '../comparisons/set-analysis-status';
import type { JobSettings } from './settings';
import type { AnalysisJob, AnalysisQueue } from './types';

export function localQueue(settings: JobSettings): AnalysisQueue {
  let stopped = false;
  let wake: (() => void) | null = null;
  const timers = new Set<NodeJS.Timeout>();
  const loops: Promise<void>[] = [];
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
      const previous = wake;
      wake = () => {
        previous?.();
        clearTimeout(timer);
        timers.delete(timer);
        resolve();
      };
    });

  async function loop(handler: (job: AnalysisJob) => Promise<void>) {
    while (!stopped) {
      let claimed: { id: string; attempt: number } | null = null;
      try {
        await requeueLostAnalyses({ seconds: settings.expireSeconds, retries: settings.retries });
        claimed = await claimQueuedComparison();
      } catch (error) {
        console.error('parallax: the analysis queue could not read the database', error);
      }
      if (!claimed) {
        await sleep(settings.pollSeconds * 1000);
        continue;
      }
      const job = { comparisonId: claimed.id, attempt: claimed.attempt, finalAttempt: claimed.attempt > settings.retries };
      try {
        await handler(job);
      } catch (error) {
        if (job.finalAttempt) continue;
        // Back in the queue after 5 s, 10 s, 20 s …; until then the row stays `running` with its reason.
        const delay = settings.retryDelaySeconds * 1000 * 2 ** (job.attempt - 1);
        const timer = setTimeout(() => {
          timers.delete(timer);
          void setAnalysisStatus({ id: job.comparisonId, status: 'queued', reason: (error as Error).message }).then(() => wake?.());
        }, delay);
        timers.add(timer);
      }
    }
  }

  return {
    async enqueue() {
      // The rows are the queue: waking this process's workers (if it runs any) is all there is to do.
      const current = wake;
      wake = null;
      current?.();
    },
    async work(handler, { concurrency }) {
      for (let i = 0; i < concurrency; i++) loops.push(loop(handler));
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const current = wake;
      wake = null;
      current?.();
      await Promise.allSettled(loops);
    },
  };
}
