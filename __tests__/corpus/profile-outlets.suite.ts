// The outlet-profile suite, run on each database: profile-outlets.test.ts (SQLite) and
// profile-outlets.postgres.test.ts (PostgreSQL). Profiles are read from the stored analyses of an
// imported fixture corpus whose stories' comparisons were analysed by the queue's workers.
import { corpusCsv, corpusJson, getCorpus, isOfficialSpeaker, listCorpora, profileOutlets, weekOf, CORPUS_CSV_COLUMNS, type CorpusView } from '@/lib/corpus';
import { analyseQueued, importFixtureCorpus } from './fixture-corpus';

export function profileOutletsSuite(): void {
  let corpusId = '';
  let view: CorpusView;
  const storyKeyWith = (v: CorpusView, inputId: string) => v.stories.find((s) => s.articles.some((a) => a.inputId.endsWith(inputId)))!.key;

  beforeAll(async () => {
    corpusId = await importFixtureCorpus();
    await analyseQueued();
    view = (await getCorpus({ id: corpusId }))!;
  }, 180_000);

  describe('getCorpus', () => {
    test('lists the stories with their outlets and status; one-outlet stories have no comparison', () => {
      expect(view).toMatchObject({ name: 'fixtures', articleCount: 13, outlets: ['Capital Daily', 'Harbour Post', 'Valley Herald'] });
      expect(view.counts).toEqual({ stories: 6, analysed: 4, pending: 0, failed: 0, oneOutlet: 2 });
      const lighthouse = view.stories.find((s) => s.key === storyKeyWith(view, 'lighthouse.txt'))!;
      expect(lighthouse).toMatchObject({ outlets: ['Capital Daily', 'Harbour Post', 'Valley Herald'], status: 'done', firstDate: '2026-03-13T09:00:00.000Z' });
      expect(lighthouse.why.terms).toEqual(expect.arrayContaining(['strand', 'ostrova']));
      for (const single of ['choir.md', 'ferry.html']) expect(view.stories.find((s) => s.key === storyKeyWith(view, single))).toMatchObject({ outlets: ['Harbour Post'], comparisonId: null, status: null, analysis: null });
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
    const analyses = () => view.stories.flatMap((s) => (s.analysis ? [s.analysis] : []));

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
        expect(p.analysedStories).toBe(view.stories.filter((s) => s.analysis && s.outlets.includes(p.outlet)).length);
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
          const own = new Set(s.analysis?.articles.filter((a) => a.outlet === p.outlet).map((a) => a.id) ?? []);
          for (const g of s.analysis?.groups ?? []) if (g.kind === 'unique' && g.articles.length === 1 && own.has(g.articles[0])) expected += g.claims.length;
        }
        expect(p.uniqueClaimCount).toBe(expected);
        for (const u of p.uniqueClaims) {
          const story = view.stories.find((s) => s.key === u.story)!;
          expect(story.analysis!.articles.filter((a) => a.outlet === p.outlet).flatMap((a) => a.claims.map((c) => c.text))).toContain(u.text);
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
    test('JSON: the same stories and profiles without the analyses', () => {
      const json = corpusJson(view) as { corpus: object; stories: object[]; profiles: object[] };
      expect(json.corpus).toEqual({ id: corpusId, name: 'fixtures', createdAt: view.createdAt.toISOString(), articles: 13, outlets: view.outlets });
      expect(json.stories).toHaveLength(view.stories.length);
      expect(json.stories.every((s) => !('analysis' in s))).toBe(true);
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
    const hostile = { ...view, profiles: profileOutlets([{ key: 's1', label: 'x', firstDate: null, outlets: ['=HYPERLINK("x")', 'a;=cmd()'], analysis: null }]) };
    const lines = corpusCsv(hostile).trimEnd().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',"all"')[0])).toEqual([`"'=HYPERLINK(""x"")"`, '"a;=cmd()"']);
  });

  const profile2 = (v: CorpusView, outlet: string) => v.profiles.find((p) => p.outlet === outlet)!;
}
