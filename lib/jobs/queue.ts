// The analysis queue of this process, for the database DATABASE_URL names: pg-boss on PostgreSQL, the
// in-process queue on SQLite. One per process (on globalThis, so Next's bundles share it).
import { readDatabaseEnv } from '../db/env';
import { localQueue } from './local-queue';
import { pgBossQueue } from './pg-boss-queue';
import { jobSettings } from './settings';
import type { AnalysisQueue } from './types';

const shared = globalThis as unknown as { parallaxQueue?: { url: string; queue: AnalysisQueue } };

export function getAnalysisQueue(): AnalysisQueue {
  const { DATABASE_URL, provider } = readDatabaseEnv();
  if (shared.parallaxQueue?.url === DATABASE_URL) return shared.parallaxQueue.queue;
  const settings = jobSettings();
  const queue = provider === 'postgresql' ? pgBossQueue(DATABASE_URL, settings) : localQueue(settings);
  shared.parallaxQueue = { url: DATABASE_URL, queue };
  return queue;
}

/** Stops this process's queue (workers and connections); the next getAnalysisQueue() makes a new one. */
export async function closeAnalysisQueue(): Promise<void> {
  const current = shared.parallaxQueue;
  shared.parallaxQueue = undefined;
  await current?.queue.stop();
}
