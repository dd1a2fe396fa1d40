// The queued path on SQLite: stored first with status queued, read as pending, analysed by the
// in-process queue's worker, then read as done; a second analysis of the same version is a no-op.
import { useTempDatabase } from '../helpers/temp-db';
import { analyseComparison, createComparison, getComparisonById, listComparisons } from '../../lib/comparisons';
import { startAnalysisWorkers } from '../../lib/jobs/start-workers';
import { closeAnalysisQueue } from '../../lib/jobs/queue';
import { analyze } from '../../lib/pipeline';

useTempDatabase();
process.env.PARALLAX_JOB_POLL_SECONDS = '1';

const articles = [
  { outlet: 'Daily One', title: 'Talks resume', text: 'Talks resumed in Oman on Friday, officials said.' },
  { outlet: 'Daily Two', text: 'Officials said the talks in Oman resumed.' },
];

afterAll(() => closeAnalysisQueue());

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('analysis jobs on SQLite', () => {
  it('stores a queued comparison, reads it as pending, and a worker analyses it', async () => {
    const { id, created, status } = await createComparison({ articles, analyse: 'queued' });
    expect({ created, status }).toEqual({ created: true, status: 'queued' });
    expect(await getComparisonById({ id })).toMatchObject({ id, status: 'queued', analysis: null, title: 'Talks resume' });
    expect((await listComparisons()).items.find((item) => item.id === id)?.status).toBe('queued');

    const workers = await startAnalysisWorkers({ concurrency: 1 });
    try {
      const done = await until(() => getComparisonById({ id }), (c) => c?.status === 'done');
      expect(done!.analysis).toEqual(analyze(articles));
      expect(await analyseComparison({ id })).toBe('already-done');
    } finally {
      await workers.stop();
    }
  });
});
