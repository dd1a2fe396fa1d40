// A fresh PostgreSQL database with every committed migration applied, for one test file. The server is
// PARALLAX_TEST_POSTGRES_URL when set (`.ci/run` starts one cluster for the whole run), else a throwaway
// cluster this file starts itself. Without PostgreSQL installed the suites are skipped on a laptop and
// fail under CI=true, so CI can never pass by not testing PostgreSQL.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMigratedDatabase, postgresBinDir, startThrowawayCluster, type ThrowawayCluster } from '../../scripts/db/throwaway-postgres';

/** Whether PostgreSQL suites can run here; throws under CI when they cannot. */
export function postgresAvailable(): boolean {
  if (process.env.PARALLAX_TEST_POSTGRES_URL || postgresBinDir()) return true;
  if (process.env.CI === 'true') throw new Error('CI: PostgreSQL is required for the PostgreSQL suites (set PARALLAX_TEST_POSTGRES_URL or install postgresql)');
  console.warn('PostgreSQL is not installed here: the PostgreSQL suites are skipped');
  return false;
}

/** `describe` when PostgreSQL is available, `describe.skip` otherwise. */
export const describeOnPostgres = (name: string, fn: () => void) => (postgresAvailable() ? describe(name, fn) : describe.skip(name, fn));

/** A throwaway cluster of this test file's own (for tests that restart the server). */
export async function startOwnCluster(): Promise<ThrowawayCluster> {
  return startThrowawayCluster(mkdtempSync(path.join(tmpdir(), 'parallax-pg-')));
}

export const createPostgresDatabase = (serverUrl: string) => createMigratedDatabase(serverUrl);

/**
 * Points DATABASE_URL at a fresh PostgreSQL database for this test file (set in beforeAll, so read
 * `current().url` inside tests). Call at the top of a describeOnPostgres block.
 */
export function usePostgresDatabase(): { current: () => { url: string; serverUrl: string } } {
  let state: { url: string; serverUrl: string; drop: () => Promise<void>; cluster?: ThrowawayCluster } | null = null;
  beforeAll(async () => {
    const shared = process.env.PARALLAX_TEST_POSTGRES_URL;
    const cluster = shared ? undefined : await startOwnCluster();
    const serverUrl = shared ?? cluster!.url;
    const created = await createPostgresDatabase(serverUrl);
    state = { ...created, serverUrl, cluster };
    process.env.DATABASE_URL = created.url;
  }, 120_000);
  afterAll(async () => {
    await (await import('../../lib/jobs/queue')).closeAnalysisQueue();
    await (await import('../../lib/workers/analysis-pool')).closeAnalysisPool();
    const { getPrisma } = await import('../../lib/db/client');
    if (state && process.env.DATABASE_URL === state.url) await getPrisma().$disconnect();
    await state?.drop().catch(() => {});
    state?.cluster?.stop();
  }, 120_000);
  return {
    current: () => {
      if (!state) throw new Error('usePostgresDatabase: the database is set up in beforeAll');
      return state;
    },
  };
}
