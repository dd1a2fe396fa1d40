// Imports the fixture corpus (every format) into the test's database and waits until the analysis
// workers (lib/jobs, in this process) have analysed every story's queued comparison.
import path from 'node:path';
import { importCorpus, readCorpusContent, readCorpusPath } from '@/lib/corpus';
import { getPrisma } from '@/lib/db/client';
import { startAnalysisWorkers } from '@/lib/jobs/start-workers';

export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'corpus');

/** A story that two of the three outlets tell and Valley Herald does not: its blind spot. */
export const BLIND_SPOT_LINES = [
  { id: 'bridge-1', outlet: 'Capital Daily', title: 'Oskel bridge closed after crack found', text: 'The Kessel bridge in Oskel was closed on Wednesday after engineers found a crack in a pier. Mayor Rune Dahl said the bridge would stay shut for a month.', publishedAt: '2026-03-11T08:00:00Z' },
  { id: 'bridge-2', outlet: 'Harbour Post', title: 'Crack shuts Kessel bridge in Oskel', text: 'A crack in a pier has shut the Kessel bridge in Oskel, Mayor Rune Dahl said on Wednesday. Engineers said repairs would take a month.', publishedAt: '2026-03-11T10:00:00Z' },
]
  .map((line) => JSON.stringify(line))
  .join('\n');

export async function importFixtureCorpus(name = 'fixtures'): Promise<string> {
  let corpusId = '';
  const records = [
    ...['articles.jsonl', 'articles.csv', 'feed.xml', 'feed-atom.xml', 'folder'].flatMap((f) => readCorpusPath(path.join(FIXTURES, f))),
    ...readCorpusContent('bridge.jsonl', BLIND_SPOT_LINES),
  ];
  corpusId = (await importCorpus({ corpus: name, records })).corpusId;
  return corpusId;
}

export async function analyseQueued(timeoutMs = 120_000): Promise<void> {
  process.env.PARALLAX_JOB_POLL_SECONDS ??= '1';
  const workers = await startAnalysisWorkers({ concurrency: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    while ((await getPrisma().comparison.count({ where: { analysisStatus: { not: 'done' } } })) > 0) {
      if (Date.now() > deadline) throw new Error('the queued analyses did not finish in time');
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await workers.stop();
  }
}
