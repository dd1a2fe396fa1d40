// Corpus import on a real SQLite file, from the fixture files of every format: bad records are named
// and skipped, a re-import is a no-op, new articles join the stored stories, and each story with two
// outlets or more becomes a comparison queued for analysis (lib/jobs), one-outlet stories none.
import { useTempDatabase } from '../helpers/temp-db';
import { closeAnalysisQueue } from '@/lib/jobs/queue';
import { runCli } from '../cli/run-cli';
import { fixture, importCorpusSuite } from './import-corpus.suite';

const db = useTempDatabase();
afterAll(() => closeAnalysisQueue());

importCorpusSuite();

describe('parallax import', () => {
  test('prints an error line per bad record, a summary line, and exits 1 when a record was skipped', () => {
    const result = runCli(['import', fixture('articles.csv'), '--corpus', 'cli'], { env: { DATABASE_URL: db.url, PARALLAX_WORKERS: '0' } });
    expect(result.stderr).toMatch(/parallax: .*articles\.csv:4: skipped: 3 fields where the header has 5/);
    expect(JSON.parse(result.stdout.trim())).toMatchObject({ corpus: 'cli', read: 3, imported: 2, failed: 1, stories: { created: 2 } });
    expect(result.status).toBe(1);
  });
});
