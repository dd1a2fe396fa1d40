// An upload's import and its progress, read back from the database as any app instance reads it; run on
// each database (track-import.test.ts on SQLite, track-import.postgres.test.ts on PostgreSQL).
import path from 'node:path';
import { getImportProgress, readCorpusPath, startTrackedImport } from '@/lib/corpus';
import { getPrisma } from '@/lib/db/client';
import { FIXTURES } from './fixture-corpus';

async function finished(id: string) {
  for (let i = 0; i < 400; i++) {
    const progress = await getImportProgress(id);
    if (progress && progress.state !== 'running') return progress;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the import did not finish');
}

export function trackImportSuite(): void {
  test('the progress and the outcome are in the database: records read, bad records named, the report and the corpus', async () => {
    const records = readCorpusPath(path.join(FIXTURES, 'articles.jsonl'));
    const started = await startTrackedImport({ corpus: 'uploaded', records });
    expect(started).toMatchObject({ corpus: 'uploaded', total: records.length, state: 'running' });
    expect((await getImportProgress(started.id))?.state).toBe('running');
    const done = await finished(started.id);
    expect(done.state).toBe('finished');
    expect(done.done).toBe(records.length);
    expect(done.report).toMatchObject({ imported: expect.any(Number) });
    expect(done.report!.failed).toBeGreaterThan(0);
    expect(done.errors).toHaveLength(done.report!.failed);
    for (const e of done.errors) expect(e.where).toMatch(/articles\.jsonl:\d+/);
    expect(done.corpusId).toBe((await getPrisma().corpus.findUnique({ where: { name: 'uploaded' } }))?.id);
  });

  test('an import that throws ends failed with its error', async () => {
    const started = await startTrackedImport({ corpus: 'broken', records: [], run: async () => Promise.reject(new Error('disk full')) });
    expect(await finished(started.id)).toMatchObject({ state: 'failed', failure: 'disk full' });
  });

  test('a running import whose row has not been touched for half a minute reads as interrupted', async () => {
    const row = await getPrisma().corpusImport.create({ data: { corpusName: 'cut off', total: 10, done: 4 } });
    await getPrisma().corpusImport.update({ where: { id: row.id }, data: { updatedAt: new Date(Date.now() - 60_000) } });
    expect(await getImportProgress(row.id)).toMatchObject({ state: 'interrupted', done: 4, failure: expect.stringMatching(/upload the files again/) });
    expect(await getImportProgress('no-such-import')).toBeNull();
  });
}
