// The queue of analysis jobs, the same for every database: pg-boss on PostgreSQL (lib/jobs/pg-boss-queue.ts),
// an in-process queue over the comparison rows on SQLite (lib/jobs/local-queue.ts).

/** One attempt at one comparison's analysis. */
export interface AnalysisJob {
  comparisonId: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** No retry follows when this attempt fails. */
  finalAttempt: boolean;
}

export interface AnalysisQueue {
  /** Queues the analysis of comparisons whose status is already `queued` in the database. */
  enqueue(comparisonIds: string[]): Promise<void>;
  /** Runs `concurrency` workers in this process; a handler that throws is retried with backoff. */
  work(handler: (job: AnalysisJob) => Promise<void>, options: { concurrency: number }): Promise<void>;
  /** Stops this process's workers (a running job finishes or is retried elsewhere) and closes connections. */
  stop(): Promise<void>;
}

export const ANALYSIS_QUEUE = 'parallax-analysis';
