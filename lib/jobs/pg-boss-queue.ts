// The queue on PostgreSQL: pg-boss, in the same database (its own schema `pgboss`), so there is no other
// server to run. One job per comparison at a time (policy `stately`, keyed by comparison id); a job that
// throws is retried with exponential backoff; a job whose worker died is expired after expireSeconds by
// pg-boss's maintenance (run by every process) and retried; the last failure leaves the comparison
// `failed` with its error. Jobs are rows: they survive restarts of the app, the workers and the database.
import PgBoss from 'pg-boss';
import { setAnalysisStatus } from '../comparisons/set-analysis-status';
import type { JobSettings } from './settings';
import { ANALYSIS_QUEUE, type AnalysisQueue } from './types';

export function pgBossQueue(url: string, settings: JobSettings): AnalysisQueue {
  let started: Promise<PgBoss> | null = null;
  const boss = () =>
    (started ??= (async () => {
      const instance = new PgBoss({
        connectionString: url,
        schema: 'pgboss',
        max: 4,
        application_name: 'parallax',
        maintenanceIntervalSeconds: Math.max(1, Math.min(settings.expireSeconds, 60)),
        monitorStateIntervalSeconds: 60,
      });
      // Connection errors (a database restart) are reported here; pg-boss keeps polling and reconnects.
      instance.on('error', (error) => console.error(`parallax: job queue: ${error.message}`));
      await instance.start();
      const options = {
        name: ANALYSIS_QUEUE,
        policy: 'stately' as const,
        retryLimit: settings.retries,
        retryDelay: settings.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: settings.expireSeconds,
        retentionMinutes: 7 * 24 * 60,
      };
      if (!(await instance.getQueue(ANALYSIS_QUEUE))) {
        try {
          await instance.createQueue(ANALYSIS_QUEUE, options);
        } catch (error) {
          // Another process created it at the same moment.
          if (!(await instance.getQueue(ANALYSIS_QUEUE))) throw error;
        }
      }
      return instance;
    })().catch((error) => {
      started = null;
      throw error;
    }));

  return {
    async enqueue(comparisonIds) {
      const instance = await boss();
      // A comparison that already has a waiting job gets no second one (send answers null).
      for (const id of comparisonIds) await instance.send(ANALYSIS_QUEUE, { comparisonId: id }, { singletonKey: id });
    },
    async work(handler, { concurrency }) {
      const instance = await boss();
      for (let i = 0; i < concurrency; i++) {
        await instance.work<{ comparisonId: string }>(
          ANALYSIS_QUEUE,
          { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: settings.pollSeconds },
          async ([job]) => {
            const attempt = job.retryCount + 1;
            const finalAttempt = job.retryCount >= job.retryLimit;
            try {
              await handler({ comparisonId: job.data.comparisonId, attempt, finalAttempt });
            } catch (error) {
              if (!finalAttempt) await setAnalysisStatus({ id: job.data.comparisonId, status: 'queued', reason: `attempt ${attempt} failed: ${(error as Error).message}` }).catch(() => {});
              throw error;
            }
          },
        );
      }
    },
    async stop() {
      if (!started) return;
      const instance = await started.catch(() => null);
      started = null;
      await instance?.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
