// The corpus import suite, run on each database: import-corpus.test.ts (SQLite) and
// import-corpus.postgres.test.ts (PostgreSQL). Bad records are named and skipped, a re-import is a no-op,
// new articles join the stored stories, and each story with two outlets or more becomes a comparison
// queued for analysis (lib/jobs), one-outlet stories none.
import path from 'node:path';
import { importCorpus, readCorpusPath } from '@/lib/corpus';
import { getPrisma } from '@/lib/db/client';
import { FIXTURES } from './fixture-corpus';

export const fixture = (name: string) => path.join(FIXTURES, name);

async function importFile(name: string, corpus = 'fixtures') {
  const errors: string[] = [];
  const report = await importCorpus({ corpus, records: readCorpusPath(fixture(name)), onError: (where, why) => errors.push(`${path.basename(where)}: ${why}`) });
  return { report, errors };
}

async function storedStories(corpus = 'fixtures') {
  const rows = await getPrisma().story.findMany({
    where: { corpus: { name: corpus } },
    orderBy: { storyKey: 'asc' },
    select: {
      storyKey: true,
      outletCount: true,
      comparisonId: true,
      comparison: { select: { analysisStatus: true, articles: { select: { article: { select: { title: true } } } } } },
      articles: { orderBy: { position: 'asc' }, select: { corpusArticle: { select: { inputId: true } } } },
    },
  });
  return rows.map((s) => ({
    key: s.storyKey,
    articles: s.articles.map((a) => path.basename(a.corpusArticle.inputId)),
    outlets: s.outletCount,
    comparisonId: s.comparisonId,
    status: s.comparison?.analysisStatus ?? null,
    compared: s.comparison?.articles.length ?? 0,
  }));
}

const storyWith = (stories: Awaited<ReturnType<typeof storedStories>>, inputId: string) => stories.find((s) => s.articles.includes(inputId));

export function importCorpusSuite(): void {
  describe('importCorpus', () => {
    let firstDamComparison: string | null = null;

    test('JSON lines: good records stored, bad ones named and skipped, two-outlet stories queued as comparisons', async () => {
      const { report, errors } = await importFile('articles.jsonl');
      expect(errors).toEqual([expect.stringMatching(/^articles\.jsonl:5: not JSON/), expect.stringMatching(/^articles\.jsonl:6: .*"text" or "html"/)]);
      expect(report).toMatchObject({ read: 6, imported: 4, duplicates: 0, failed: 2, stories: { created: 2, grown: 0, comparisons: 2 } });
      const stories = await storedStories();
      expect(stories.map((s) => s.articles)).toEqual([
        ['dam-1', 'dam-2'],
        ['strike-1', 'strike-2'],
      ]);
      for (const s of stories) expect(s).toMatchObject({ outlets: 2, status: 'queued', compared: 2 });
      firstDamComparison = storyWith(stories, 'dam-1')!.comparisonId;
    });

    test('re-importing the same file is a no-op: the content hashes are already stored', async () => {
      const before = await storedStories();
      const counts = { articles: await getPrisma().article.count(), comparisons: await getPrisma().comparison.count() };
      const { report } = await importFile('articles.jsonl');
      expect(report).toMatchObject({ imported: 0, duplicates: 4, stories: { created: 0, grown: 0, comparisons: 0 } });
      expect(await storedStories()).toEqual(before);
      expect({ articles: await getPrisma().article.count(), comparisons: await getPrisma().comparison.count() }).toEqual(counts);
    });

    test('CSV: new articles join the stored stories, whose comparison is queued again with all outlets', async () => {
      const { report, errors } = await importFile('articles.csv');
      expect(errors).toEqual([expect.stringMatching(/^articles\.csv:4: 3 fields where the header has 5/)]);
      expect(report).toMatchObject({ imported: 2, failed: 1, stories: { created: 0, grown: 2, comparisons: 2 } });
      const stories = await storedStories();
      expect(stories.map((s) => s.articles)).toEqual([
        ['dam-1', 'dam-2', 'dam-3'],
        ['strike-1', 'strike-2', 'strike-3'],
      ]);
      const dam = storyWith(stories, 'dam-3')!;
      expect(dam).toMatchObject({ outlets: 3, status: 'queued', compared: 3 });
      // the partial comparison is gone, the corpus's articles are not
      expect(dam.comparisonId).not.toBe(firstDamComparison);
      expect(await getPrisma().comparison.findUnique({ where: { id: firstDamComparison! } })).toBeNull();
      expect(await getPrisma().corpusArticle.count()).toBe(6);
    });

    test('RSS, Atom and a folder of .html/.txt/.md: outlet from the feed title or the folder, one-outlet stories kept without a comparison', async () => {
      await importFile('feed.xml');
      await importFile('feed-atom.xml');
      const { report, errors } = await importFile('folder');
      expect(errors).toEqual([]);
      expect(report).toMatchObject({ read: 3, imported: 3 });
      const outlets = await getPrisma().corpusArticle.findMany({ select: { inputId: true, article: { select: { outlet: { select: { name: true } }, title: true, url: true } } } });
      const byInput = new Map(outlets.map((o) => [path.basename(o.inputId), o.article]));
      expect(byInput.get('capital-lighthouse')).toMatchObject({ outlet: { name: 'Capital Daily' }, url: 'https://capital.example/lighthouse' });
      expect(byInput.get('tag:valley.example,2026:lighthouse')).toMatchObject({ outlet: { name: 'Valley Herald' }, title: 'Strand Point lighthouse put up for sale' });
      // the folder names the outlet, over the page's own og:site_name
      expect(byInput.get('ferry.html')).toMatchObject({ outlet: { name: 'Harbour Post' }, title: 'New ferry route links Oskel and Strand Point' });
      expect(byInput.get('choir.md')).toMatchObject({ outlet: { name: 'Harbour Post' }, title: 'Oskel choir wins regional prize' });
      expect(byInput.get('lighthouse.txt')).toMatchObject({ outlet: { name: 'Harbour Post' }, title: 'Strand Point lighthouse goes to auction' });

      const stories = await storedStories();
      const lighthouse = storyWith(stories, 'lighthouse.txt')!;
      expect(lighthouse.articles.sort()).toEqual(['capital-lighthouse', 'lighthouse.txt', 'tag:valley.example,2026:lighthouse'].sort());
      expect(lighthouse).toMatchObject({ outlets: 3, status: 'queued', compared: 3 });
      for (const single of ['choir.md', 'ferry.html']) expect(storyWith(stories, single)).toMatchObject({ articles: [single], outlets: 1, comparisonId: null });
      // every article in exactly one story
      expect(stories.flatMap((s) => s.articles).sort()).toEqual([...byInput.keys()].sort());
    });

    test('--no-analysis stores stories without comparisons; a later import with analysis queues them', async () => {
      const first = await importCorpus({ corpus: 'later', records: readCorpusPath(fixture('articles.jsonl')), analyse: false });
      expect(first.stories).toEqual({ created: 2, grown: 0, comparisons: 0 });
      expect((await storedStories('later')).map((s) => s.comparisonId)).toEqual([null, null]);
      const second = await importCorpus({ corpus: 'later', records: readCorpusPath(fixture('articles.jsonl')) });
      expect(second).toMatchObject({ imported: 0, duplicates: 4, stories: { created: 0, grown: 0, comparisons: 2 } });
      for (const s of await storedStories('later')) expect(s.status).toBe('queued');
    });
  });
}
