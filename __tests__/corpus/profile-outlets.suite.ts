// The outlet-profile suite, run on each database: profile-outlets.test.ts (SQLite) and
// profile-outlets.postgres.test.ts (PostgreSQL). Profiles are read from the stored analyses of an
// imported fixture corpus whose stories' comparisons were analysed by the queue's workers. The figures
// getCorpus reads off the stories' stored summaries are checked against the full analyses, read here
// through lib/comparisons, and against the profiles computed straight off those (profile-from-analyses.ts).
import { analyseComparison, forgetComparison, getComparisonById } from '@/lib/comparisons';
import type { Analysis } from '@/lib/contract/types';
import { corpusCsv, corpusJson, filterStories, getCorpus, isOfficialSpeaker, listCorpora, profileOutlets, weekOf, CORPUS_CSV_COLUMNS, type CorpusStoryView, type CorpusView } from '@/lib/corpus';
import { summariseStory } from '@/lib/corpus/summarise-story';
import { getPrisma } from '@/lib/db/client';
import { analyseQueued, importFixtureCorpus } from './fixture-corpus';
import * as fromAnalyses from './profile-from-analyses';

export function profileOutletsSuite(): void {
  let summariesBeforeAnyRead: { comparisonId: string | null; summaryOf: string | null }[] = [];
  let corpusId = '';
  let view: CorpusView;
  // Each story's full stored analysis, by story key (null: one outlet, or not analysed).
  let analysisByKey = new Map<string, Analysis | null>();
  const analysisOf = (s: { key: string }) => analysisByKey.get(s.key) ?? null;
  const readAnalyses = async (v: CorpusView) =>
    new Map(await Promise.all(v.stories.map(async (s) => [s.key, s.comparisonId ? ((await getComparisonById({ id: s.comparisonId }))?.analysis ?? null) : null] as const)));
  const storyKeyWith = (v: CorpusView, inputId: string) => v.stories.find((s) => s.articles.some((a) => a.inputId.endsWith(inputId)))!.key;

  beforeAll(async () => {
    corpusId = await importFixtureCorpus();
    await analyseQueued();
    summariesBeforeAnyRead = await getPrisma().story.findMany({ where: { corpusId }, select: { comparisonId: true, summaryOf: true } });
    view = (await getCorpus({ id: corpusId }))!;
    analysisByKey = await readAnalyses(view);
  }, 180_000);

  describe('getCorpus', () => {
    test('lists the stories with their outlets and status; one-outlet stories have no comparison', () => {
      expect(view).toMatchObject({ name: 'fixtures', articleCount: 13, outlets: ['Capital Daily', 'Harbour Post', 'Valley Herald'] });
      expect(view.counts).toEqual({ stories: 6, analysed: 4, pending: 0, failed: 0, oneOutlet: 2 });
      const lighthouse = view.stories.find((s) => s.key === storyKeyWith(view, 'lighthouse.txt'))!;
      expect(lighthouse).toMatchObject({ outlets: ['Capital Daily', 'Harbour Post', 'Valley Herald'], status: 'done', firstDate: '2026-03-13T09:00:00.000Z' });
      expect(lighthouse.why.terms).toEqual(expect.arrayContaining(['strand', 'ostrova']));
      for (const single of ['choir.md', 'ferry.html']) expect(view.stories.find((s) => s.key === storyKeyWith(view, single))).toMatchObject({ outlets: ['Harbour Post'], comparisonId: null, status: null, summary: null });
    });

    test('filters: dates choose the stories; an actor keeps the stories naming it; an outlet narrows the list and the profiles', async () => {
      const march9on = (await getCorpus({ id: corpusId, filter: { from: '2026-03-09', to: '2026-03-11' } }))!;
      expect(march9on.stories.map((s) => s.key).sort()).toEqual([storyKeyWith(view, 'bridge-1'), storyKeyWith(view, 'strike-1')].sort());
      const reyes = (await getCorpus({ id: corpusId, filter: { actor: 'tomas reyes' } }))!;
      expect(reyes.stories.map((s) => s.key)).toEqual([storyKeyWith(view, 'strike-1')]);
      const harbour = (await getCorpus({ id: corpusId, filter: { outlet: 'Harbour Post' } }))!;
      expect(harbour.profiles.map((p) => p.outlet)).toEqual(['Harbour Post']);
      expect(harbour.stories.every((s) => s.outlets.includes('Harbour Post'))).toBe(true);
      expect(harbour.stories).toHaveLength(6);
      const valley = (await getCorpus({ id: corpusId, filter: { outlet: 'Valley Herald' } }))!;
      // coverage is still measured against every story kept
      expect(valley.profiles[0].missed).toHaveLength(3);
      expect(valley.stories).toHaveLength(3);
      expect(await getCorpus({ id: 'no-such-corpus' })).toBeNull();
    });

    test('listCorpora counts articles and stories', async () => {
      expect(await listCorpora()).toEqual([{ id: corpusId, name: 'fixtures', createdAt: expect.any(Date), articles: 13, stories: 6 }]);
    });
  });

  describe('outlet profiles', () => {
    const profile = (outlet: string) => view.profiles.find((p) => p.outlet === outlet)!;
    const analyses = () => view.stories.flatMap((s) => (analysisOf(s) ? [analysisOf(s)!] : []));

    test('coverage: stories covered and missed, and blind spots among the stories most other outlets tell', () => {
      const valley = profile('Valley Herald');
      const bridge = storyKeyWith(view, 'bridge-1');
      expect(valley.covered.sort()).toEqual([storyKeyWith(view, 'dam-1'), storyKeyWith(view, 'strike-1'), storyKeyWith(view, 'lighthouse.txt')].sort());
      expect(valley.missed.sort()).toEqual([bridge, storyKeyWith(view, 'choir.md'), storyKeyWith(view, 'ferry.html')].sort());
      expect(valley.blindSpots).toEqual([bridge]);
      expect(profile('Harbour Post').blindSpots).toEqual([]);
      expect(profile('Capital Daily').missed.sort()).toEqual([storyKeyWith(view, 'choir.md'), storyKeyWith(view, 'ferry.html')].sort());
    });

    test('own-voice loaded wording, claims, frames, labels and tone are the sums of the stored per-article profiles', () => {
      for (const p of view.profiles) {
        const sources = analyses().flatMap((a) => a.sources.filter((s) => s.outlet === p.outlet));
        const claims = sources.reduce((n, s) => n + s.claims, 0);
        expect(p.claims).toBe(claims);
        expect(p.narratorWords).toBe(sources.reduce((n, s) => n + s.words.narrator, 0));
        expect(p.loadedNarrator).toBe(sources.reduce((n, s) => n + (s.annotationCounts.loaded?.narrator ?? 0), 0));
        expect(p.loadedNarratorPer100).toBeCloseTo((100 * p.loadedNarrator) / p.narratorWords, 2);
        expect(p.toneMean).toBeCloseTo(sources.reduce((n, s) => n + s.tone.mean * s.claims, 0) / claims, 3);
        expect(p.frames.reduce((n, f) => n + f.claims, 0)).toBe(sources.reduce((n, s) => n + s.frames.reduce((m, f) => m + f.claims, 0), 0));
        expect(p.labels.reduce((n, l) => n + l.count, 0)).toBe(sources.reduce((n, s) => n + s.labels.reduce((m, l) => m + l.count, 0), 0));
        expect(p.analysedStories).toBe(view.stories.filter((s) => analysisOf(s) && s.outlets.includes(p.outlet)).length);
      }
      expect(profile('Harbour Post').analysedStories).toBe(4);
    });

    test('who it quotes: every claim once as named, unnamed or unattributed; officials by role', () => {
      for (const p of view.profiles) {
        const claims = analyses().flatMap((a) => a.articles.filter((x) => x.outlet === p.outlet).flatMap((x) => x.claims));
        expect(p.quotes.named + p.quotes.unnamed + p.quotes.unattributed).toBe(claims.length);
        expect(p.quotes.officials).toBe(claims.filter((c) => c.speaker && isOfficialSpeaker(c.speaker)).length);
      }
      // "Water minister Ilse Varga said" (Valley Herald); "A source close to the talks said" (Capital Daily)
      expect(profile('Valley Herald').quotes.officials).toBeGreaterThan(0);
      expect(profile('Valley Herald').quotes.top.map((q) => q.name)).toContain('Ilse Varga');
      expect(profile('Capital Daily').quotes.unnamed).toBeGreaterThan(0);
      expect(isOfficialSpeaker({ name: 'Tomas Reyes', role: 'union leader' })).toBe(false);
      expect(isOfficialSpeaker({ name: null, role: 'Officials' })).toBe(true);
      expect(isOfficialSpeaker({ name: 'the Foreign Ministry', role: null })).toBe(true);
      expect(isOfficialSpeaker({ name: 'Peter King', role: null })).toBe(false);
    });

    test('claims only it reports come from the unique groups of its own article', () => {
      for (const p of view.profiles) {
        let expected = 0;
        for (const s of view.stories) {
          const own = new Set(analysisOf(s)?.articles.filter((a) => a.outlet === p.outlet).map((a) => a.id) ?? []);
          for (const g of analysisOf(s)?.groups ?? []) if (g.kind === 'unique' && g.articles.length === 1 && own.has(g.articles[0])) expected += g.claims.length;
        }
        expect(p.uniqueClaimCount).toBe(expected);
        for (const u of p.uniqueClaims) {
          const story = view.stories.find((s) => s.key === u.story)!;
          expect(analysisOf(story)!.articles.filter((a) => a.outlet === p.outlet).flatMap((a) => a.claims.map((c) => c.text))).toContain(u.text);
        }
      }
      expect(view.profiles.some((p) => p.uniqueClaimCount > 0)).toBe(true);
    });

    test('tone toward the top actors, and week-by-week figures that add up to the whole', () => {
      const actors = new Set(view.actors);
      for (const p of view.profiles) {
        for (const t of p.actorTone) expect(actors.has(t.actor)).toBe(true);
        expect(p.weeks.reduce((n, w) => n + w.claims, 0)).toBe(p.claims);
        // stories without a date (the folder's files) are in no week
        expect(p.weeks.reduce((n, w) => n + w.stories, 0)).toBe(view.stories.filter((s) => s.firstDate && p.covered.includes(s.key)).length);
        expect(p.weeks.reduce((n, w) => n + w.named + w.unnamed + w.unattributed, 0)).toBe(p.quotes.named + p.quotes.unnamed + p.quotes.unattributed);
      }
      // the fixture's stories fall in two ISO weeks: 2 March (dam) and 9 March (strike, bridge, lighthouse)
      expect(profile('Valley Herald').weeks.map((w) => [w.week, w.stories])).toEqual([
        ['2026-03-02', 1],
        ['2026-03-09', 2],
      ]);
      expect(weekOf('2026-03-15T23:00:00Z')).toBe('2026-03-09');
      expect(weekOf('not a date')).toBeNull();
      expect(profileOutlets([])).toEqual([]);
    });
  });

  describe('exports', () => {
    test('JSON: the same stories and profiles without the analyses or their summaries', () => {
      const json = corpusJson(view) as { corpus: object; stories: object[]; profiles: object[] };
      expect(json.corpus).toEqual({ id: corpusId, name: 'fixtures', createdAt: view.createdAt.toISOString(), articles: 13, outlets: view.outlets });
      expect(json.stories).toHaveLength(view.stories.length);
      expect(json.stories.every((s) => !('analysis' in s) && !('summary' in s))).toBe(true);
      expect(JSON.parse(JSON.stringify(json.profiles))).toEqual(JSON.parse(JSON.stringify(view.profiles)));
    });

    test('CSV: a row per outlet for the whole selection and one per week, the profile figures as text', () => {
      const lines = corpusCsv(view).trimEnd().split('\r\n');
      expect(lines[0]).toBe(CORPUS_CSV_COLUMNS.join(','));
      const rows = lines.slice(1).map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
      expect(rows).toHaveLength(view.profiles.reduce((n, p) => n + 1 + p.weeks.length, 0));
      const valley = profile2(view, 'Valley Herald');
      const all = rows.find((r) => r[0] === 'Valley Herald' && r[1] === 'all')!;
      const col = (name: (typeof CORPUS_CSV_COLUMNS)[number]) => all[CORPUS_CSV_COLUMNS.indexOf(name)];
      expect([col('stories_covered'), col('stories_missed'), col('blind_spots'), col('claims'), col('loaded_narrator_per_100'), col('officials_quoted'), col('unique_claims')]).toEqual(
        [valley.covered.length, valley.missed.length, valley.blindSpots.length, valley.claims, valley.loadedNarratorPer100, valley.quotes.officials, valley.uniqueClaimCount].map(String),
      );
    });
  });

  test('CSV: an outlet name that a spreadsheet would run as a formula is quoted and prefixed', () => {
    const hostile = { ...view, profiles: profileOutlets([{ key: 's1', label: 'x', firstDate: null, outlets: ['=HYPERLINK("x")', 'a;=cmd()'], summary: null }]) };
    const lines = corpusCsv(hostile).trimEnd().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',"all"')[0])).toEqual([`"'=HYPERLINK(""x"")"`, '"a;=cmd()"']);
  });

  describe('stored summaries', () => {
    type Client = ReturnType<typeof getPrisma>;
    const holder = () => (globalThis as unknown as { parallaxPrisma: { client: Client } }).parallaxPrisma;
    /** The Prisma operations `read` makes (each a model call or a transaction), through a wrapped client. */
    async function operationsOf<T>(read: () => Promise<T>): Promise<{ result: T; operations: string[] }> {
      const base = getPrisma();
      const operations: string[] = [];
      holder().client = base.$extends({ query: { $allOperations: ({ model, operation, args, query }) => (operations.push(`${model ?? ''}.${operation}`), query(args)) } }) as unknown as Client;
      try {
        return { result: await read(), operations };
      } finally {
        holder().client = base;
      }
    }
    const withAnalyses = (stories: CorpusStoryView[]) => stories.map((s) => ({ ...s, analysis: analysisOf(s) }));
    /** What getCorpus's profiles and actors were before summaries: computed off the full analyses. */
    function expectedFromAnalyses(all: CorpusStoryView[], filter: { from?: string; to?: string; outlet?: string; actor?: string }) {
      const kept = withAnalyses(filterStories(all, { from: filter.from, to: filter.to })).filter((s) => !filter.actor || fromAnalyses.mentions(s, filter.actor));
      const outlets = [...new Set(all.flatMap((s) => s.outlets))].sort().filter((o) => !filter.outlet || o === filter.outlet);
      return { keys: kept.map((s) => s.key), actors: fromAnalyses.topActors(kept), profiles: fromAnalyses.profileOutlets(kept, outlets) };
    }

    test('each summary is its analysis summarised, and the figures read off them are the very ones computed off the full analyses, under every filter', async () => {
      for (const s of view.stories) expect(s.summary).toEqual(analysisOf(s) ? summariseStory(analysisOf(s)!) : null);
      const filters = [{}, { actor: 'tomas reyes' }, { actor: 'varga' }, { actor: 'oskel' }, { from: '2026-03-09', to: '2026-03-11' }, { outlet: 'Valley Herald' }, { outlet: 'Harbour Post', actor: 'dahl' }];
      for (const filter of filters) {
        const read = (await getCorpus({ id: corpusId, filter }))!;
        const expected = expectedFromAnalyses(view.stories, filter);
        expect(read.actors).toEqual(expected.actors);
        expect(read.profiles).toEqual(expected.profiles);
        expect(read.stories.map((s) => s.key)).toEqual(expected.keys.filter((k) => !('outlet' in filter) || view.stories.find((s) => s.key === k)!.outlets.includes(filter.outlet!)));
      }
      expect(view.profiles.reduce((n, p) => n + p.claims, 0)).toBeGreaterThan(0);
    });

    test('the analysis jobs write the stories\' summaries, so the first read after them finds every one ready', () => {
      const analysed = summariesBeforeAnyRead.filter((r) => r.comparisonId);
      expect(analysed).toHaveLength(4);
      for (const r of analysed) expect(r.summaryOf).toMatch(new RegExp(`of ${r.comparisonId} at `));
      for (const r of summariesBeforeAnyRead.filter((x) => !x.comparisonId)) expect(r.summaryOf).toBeNull();
    });

    test('once stored, a read parses no analysis: one database operation whatever the number of stories', async () => {
      const rows = await getPrisma().story.findMany({ where: { corpusId }, select: { storyKey: true, summaryJson: true, summaryOf: true } });
      for (const r of rows) expect(r.summaryJson === null).toBe(!analysisByKey.get(r.storyKey));
      expect(rows.filter((r) => r.summaryOf).length).toBe(4);
      const expected = await getCorpus({ id: corpusId });
      // Break every stored analysis behind the comparisons' backs (raw SQL leaves updatedAt alone): a read that parsed one would fail or change.
      const stored = await getPrisma().comparison.findMany({ select: { id: true, analysisJson: true } });
      for (const c of stored) {
        await getPrisma().$executeRaw`UPDATE "Comparison" SET "analysisJson" = ${'not json'} WHERE "id" = ${c.id}`;
        forgetComparison(c.id);
      }
      try {
        const { result, operations } = await operationsOf(() => getCorpus({ id: corpusId }));
        expect(result).toEqual(expected);
        expect(operations).toEqual(['Corpus.findUnique']);
      } finally {
        for (const c of stored) await getPrisma().$executeRaw`UPDATE "Comparison" SET "analysisJson" = ${c.analysisJson} WHERE "id" = ${c.id}`;
      }
    });

    test('a story re-analysed since its summary was made gets a new summary on the next read; pending, it has none', async () => {
      const story = view.stories.find((s) => s.key === storyKeyWith(view, 'lighthouse.txt'))!;
      const id = story.comparisonId!;
      const summaryOf = async () => (await getPrisma().story.findUnique({ where: { id: story.id }, select: { summaryOf: true } }))!.summaryOf;
      const before = await summaryOf();
      const member = (await getPrisma().comparisonArticle.findMany({ where: { comparisonId: id }, include: { article: { include: { outlet: true } } } })).find((m) => m.article.outlet.name === 'Valley Herald')!;
      await getPrisma().article.update({ where: { id: member.articleId }, data: { rawText: `${member.article.rawText}\n\nHarbour master Lena Moor said the repairs to the Ostrova lighthouse would cost twice the estimate.` } });
      await getPrisma().comparison.update({ where: { id }, data: { analysisStatus: 'queued' } });

      const pending = (await getCorpus({ id: corpusId }))!;
      expect(pending.stories.find((s) => s.key === story.key)).toMatchObject({ status: 'queued', summary: null });
      expect(pending.counts).toMatchObject({ analysed: 3, pending: 1 });

      expect(await analyseComparison({ id })).toBe('analysed');
      const fresh = (await getComparisonById({ id }))!.analysis!;
      const old = analysisOf(story)!;
      const claimsOf = (a: Analysis) => a.articles.filter((x) => x.outlet === 'Valley Herald').reduce((n, x) => n + x.claims.length, 0);
      expect(claimsOf(fresh)).toBeGreaterThan(claimsOf(old));

      forgetComparison(id);
      const { result: after, operations } = await operationsOf(() => getCorpus({ id: corpusId }));
      expect(after!.stories.find((s) => s.key === story.key)).toMatchObject({ status: 'done', summary: summariseStory(fresh) });
      // the one stale story's comparison is read (its row, then its analysis) and its summary written back; the others come from their rows
      expect(operations).toEqual(['Corpus.findUnique', 'Comparison.findUnique', 'Comparison.findUnique', 'Story.updateMany']);
      const refreshed = await summaryOf();
      expect(refreshed).not.toBe(before);
      analysisByKey = await readAnalyses(after!);
      expect(after!.profiles).toEqual(expectedFromAnalyses(after!.stories, {}).profiles);
      expect(after!.profiles.find((p) => p.outlet === 'Valley Herald')!.claims).toBeGreaterThan(profile2(view, 'Valley Herald').claims);
      expect((await operationsOf(() => getCorpus({ id: corpusId }))).operations).toEqual(['Corpus.findUnique']);
      expect(await summaryOf()).toBe(refreshed);
    });
  });

  const profile2 = (v: CorpusView, outlet: string) => v.profiles.find((p) => p.outlet === outlet)!;
}
