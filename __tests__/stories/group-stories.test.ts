// Story grouping: articles on one event together, similar events apart, every article in exactly one story.
import { groupStories, type StoryInput } from '@/lib/stories';
import { fixtureDir, runCli } from '../cli/run-cli';

const corpus: StoryInput[] = [
  { id: 'q1', outlet: 'Wire', title: 'Magnitude 6.1 earthquake strikes northern California', text: 'A magnitude 6.1 earthquake struck near Napa early Sunday, damaging buildings and injuring dozens, the US Geological Survey said.', publishedAt: '2014-08-24' },
  { id: 'q2', outlet: 'Daily', title: 'Napa quake injures dozens', text: 'Dozens were hurt when a 6.1 magnitude earthquake shook Napa in northern California on Sunday morning.', publishedAt: '2014-08-24' },
  { id: 'q3', outlet: 'Post', title: 'Strong earthquake hits Indonesia', text: 'A magnitude 7.2 earthquake struck off the coast of Sumatra, Indonesia, on Tuesday, officials said, with no tsunami warning issued.', publishedAt: '2014-08-26' },
  { id: 'q4', outlet: 'Gazette', title: 'Sumatra quake: no tsunami', text: 'Indonesian officials said the 7.2 magnitude quake off Sumatra caused no tsunami.', publishedAt: '2014-08-26' },
  { id: 'r1', outlet: 'Wire', title: 'Lindsay Lohan checks into rehab', text: 'Actress Lindsay Lohan checked into the Betty Ford Center on Thursday, her lawyer said.', publishedAt: '2013-05-03' },
  { id: 'r2', outlet: 'Daily', title: 'Lohan enters Betty Ford Center', text: 'Lindsay Lohan has entered the Betty Ford Center for rehab, her attorney confirmed Thursday.', publishedAt: '2013-05-03' },
];

const storyOf = (stories: ReturnType<typeof groupStories>) => new Map(stories.flatMap((s) => s.articles.map((a) => [a, s.id] as const)));

describe('groupStories', () => {
  test('one story per event, similar events (two earthquakes) apart, every article exactly once', () => {
    const stories = groupStories(corpus);
    const of = storyOf(stories);
    expect(stories.flatMap((s) => s.articles).sort()).toEqual(corpus.map((a) => a.id).sort());
    expect(of.get('q1')).toBe(of.get('q2'));
    expect(of.get('q3')).toBe(of.get('q4'));
    expect(of.get('r1')).toBe(of.get('r2'));
    expect(new Set([of.get('q1'), of.get('q3'), of.get('r1')]).size).toBe(3);
  });

  test('each story says why: its terms, and for each joining article the cosine and the terms it shared', () => {
    const lohan = groupStories(corpus).find((s) => s.articles.includes('r1'))!;
    expect(lohan.terms).toEqual(expect.arrayContaining(['lohan']));
    expect(lohan.joins).toEqual([{ article: 'r2', score: expect.any(Number), shared: expect.arrayContaining(['lohan']) }]);
  });

  test('articles further apart than the date window never share a story; input order does not change the grouping', () => {
    const later = { ...corpus[1], id: 'q2-later', publishedAt: '2015-02-01' };
    const of = storyOf(groupStories([...corpus, later]));
    expect(of.get('q2-later')).not.toBe(of.get('q1'));
    const reversed = storyOf(groupStories([...corpus].reverse()));
    const pairs = (m: Map<string, string>) => corpus.flatMap((a) => corpus.filter((b) => m.get(a.id) === m.get(b.id)).map((b) => `${a.id}-${b.id}`)).sort();
    expect(pairs(reversed)).toEqual(pairs(storyOf(groupStories(corpus))));
  });
});

describe('groupStories with seeds (a stored corpus, incremental)', () => {
  test('seeded stories keep their ids and articles; new articles join them or start stories with fresh ids', () => {
    const stored = groupStories(corpus.filter((a) => a.id !== 'q2' && a.id !== 'r2'));
    const seeds = stored.map((s) => ({ id: s.id, articles: s.articles }));
    const grown = groupStories(corpus, { seeds });
    for (const seed of seeds) expect(grown.find((s) => s.id === seed.id)!.articles.slice(0, seed.articles.length)).toEqual(seed.articles);
    const of = storyOf(grown);
    expect(of.get('q2')).toBe(of.get('q1'));
    expect(of.get('r2')).toBe(of.get('r1'));
    // the joins listed are the new articles' only
    expect(grown.flatMap((s) => s.joins.map((j) => j.article)).sort()).toEqual(['q2', 'r2']);
    const unrelated = { id: 'x1', outlet: 'Wire', title: 'Harvest festival opens in Bavaria', text: 'The Bavarian harvest festival opened on Saturday with a parade of tractors.', publishedAt: '2013-09-21' };
    const withNew = groupStories([...corpus, unrelated], { seeds: grown.map((s) => ({ id: s.id, articles: s.articles })) });
    const fresh = withNew.find((s) => s.articles.includes('x1'))!;
    expect(grown.map((s) => s.id)).not.toContain(fresh.id);
    expect(fresh.articles).toEqual(['x1']);
  });
});

describe('parallax stories', () => {
  test('one JSON line per story; a bad line is named on stderr and the run goes on (exit 1)', () => {
    const lines = corpus.map((a) => JSON.stringify(a));
    lines.splice(2, 0, '{"title": "no text"}', 'not json');
    const dir = fixtureDir({ 'corpus.jsonl': `${lines.join('\n')}\n` });
    const result = runCli(['stories', 'corpus.jsonl'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/corpus\.jsonl line 3: skipped: line: give the article as "text" or "html"/);
    expect(result.stderr).toMatch(/corpus\.jsonl line 4: skipped: not JSON/);
    const stories = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(stories.flatMap((s: { articles: string[] }) => s.articles).sort()).toEqual(corpus.map((a) => a.id).sort());
    expect(stories[0]).toEqual({ story: expect.any(String), articles: expect.any(Array), why: { terms: expect.any(Array), joins: expect.any(Array) } });
  });
});
