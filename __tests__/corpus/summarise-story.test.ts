// summariseStory is pure, and the profiles read off summaries are the very ones computed straight off
// the full analyses (profile-from-analyses.ts, the code before summaries), also in the cases the
// fixture corpus's stories do not reach: two articles of one outlet in a story, articles without a
// date, a story no outlet shares with another.
import path from 'node:path';
import type { Analysis } from '@/lib/contract/types';
import { filterStories, profileOutlets, readCorpusPath, topActors, type CorpusStoryView } from '@/lib/corpus';
import { summariseStory } from '@/lib/corpus/summarise-story';
import { analyze } from '@/lib/pipeline';
import { FIXTURES } from './fixture-corpus';
import * as fromAnalyses from './profile-from-analyses';

interface Line {
  id: string;
  outlet: string;
  title: string;
  text: string;
  publishedAt?: string;
}
const records: Line[] = readCorpusPath(path.join(FIXTURES, 'articles.jsonl')).flatMap((r) =>
  'record' in r ? [{ id: r.record.id!, outlet: r.record.outlet!, title: r.record.title ?? '', text: r.record.text!, publishedAt: r.record.publishedAt }] : [],
);
const byId = (id: string) => records.find((r) => r.id === id)!;

// dam-1 and strike-1 are both Valley Herald: one story holding two articles of one outlet, one of them undated.
const stories: { key: string; label: string; firstDate: string | null; articles: Line[] }[] = [
  { key: 'dam', label: 'Dam', firstDate: '2026-03-03T09:00:00Z', articles: [byId('dam-1'), byId('dam-2')] },
  { key: 'mixed', label: 'Mixed', firstDate: '2026-03-09T07:00:00Z', articles: [byId('strike-1'), { ...byId('dam-1'), publishedAt: undefined }, byId('strike-2')] },
  { key: 'alone', label: 'Alone', firstDate: null, articles: [{ ...byId('strike-2'), publishedAt: undefined }] },
];
const analysed = stories.map((s) => {
  const analysis: Analysis = analyze(s.articles.map(({ outlet, title, text, publishedAt }) => ({ outlet, title, text, publishedAt })));
  const view = { key: s.key, label: s.label, firstDate: s.firstDate, lastDate: null, outlets: [...new Set(s.articles.map((a) => a.outlet))].sort(), articles: s.articles.map((a) => ({ inputId: a.id, outlet: a.outlet, title: a.title, publishedAt: a.publishedAt ?? null, url: null })) };
  return { view, analysis };
});
// A speaker named nowhere else (not toned, not labelled, in no title), for the actor filter to find by speaker alone.
const firstClaim = analysed[0].analysis.articles[0].claims[0];
firstClaim.speaker = { ...(firstClaim.speaker ?? { verb: 'said', quote: 'indirect' }), name: 'Zed Quillon', role: 'harbour minister', vague: false } as NonNullable<typeof firstClaim.speaker>;
const summarised = analysed.map(({ view, analysis }) => ({ ...view, summary: summariseStory(analysis) }) as unknown as CorpusStoryView);
const full = analysed.map(({ view, analysis }) => ({ ...view, analysis }));

test('the profiles and top actors read off summaries are those computed off the analyses, to the last digit', () => {
  expect(analysed[1].analysis.articles.filter((a) => a.outlet === 'Valley Herald')).toHaveLength(2);
  expect(profileOutlets(summarised)).toEqual(fromAnalyses.profileOutlets(full));
  expect(topActors(summarised)).toEqual(fromAnalyses.topActors(full));
  expect(topActors(summarised, 2)).toEqual(fromAnalyses.topActors(full, 2));
  expect(profileOutlets(summarised).reduce((n, p) => n + p.claims + p.uniqueClaimCount, 0)).toBeGreaterThan(0);
});

test('the actor filter keeps the same stories: every actor the analyses name, and names they do not', () => {
  const named = new Set(full.flatMap(({ analysis }) => [...analysis.articles.flatMap((a) => a.claims.flatMap((c) => [c.speaker?.name ?? '', ...c.sentiment.actorTone.map((t) => t.actor)])), ...analysis.sources.flatMap((s) => s.labels.map((l) => l.actor))]));
  const needles = [...named].filter(Boolean).flatMap((n) => [n, n.toLowerCase().slice(1, 6)]);
  expect(needles.length).toBeGreaterThan(4);
  // and with the titles and labels blank, so that only what the analyses name can match
  const untitled = <T extends { label: string; articles: { title: string }[] }>(s: T): T => ({ ...s, label: '', articles: s.articles.map((a) => ({ ...a, title: '' })) });
  let matched = 0;
  for (const actor of [...needles, 'belmora', 'nobody at all', 'kell', 'quillon']) {
    expect(filterStories(summarised, { actor }).map((s) => s.key)).toEqual(full.filter((s) => fromAnalyses.mentions(s, actor)).map((s) => s.key));
    const kept = full.map(untitled).filter((s) => fromAnalyses.mentions(s, actor)).map((s) => s.key);
    expect(filterStories(summarised.map(untitled), { actor }).map((s) => s.key)).toEqual(kept);
    matched += kept.length;
  }
  expect(matched).toBeGreaterThan(needles.length / 2);
  expect(filterStories(summarised.map(untitled), { actor: 'quillon' }).map((s) => s.key)).toEqual(['dam']);
});

test('a summary is pure, survives storage as JSON, and is a small part of its analysis', () => {
  for (const { analysis } of analysed) {
    const summary = summariseStory(analysis);
    expect(summariseStory(JSON.parse(JSON.stringify(analysis)) as Analysis)).toEqual(summary);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(analysis).length / 5);
  }
});

test('the quote ledger counts attributed claims by the side their speaker speaks for, and the profile sums them', () => {
  const analysis = analyze([
    { outlet: 'Wire', text: "Iran's Deputy Foreign Minister Kazem Gharibabadi said the talks would go on. Senior US officials said no date had been set. A cybersecurity company said the code was old." },
    { outlet: 'Daily', text: 'The Iranian Foreign Ministry said Oman would host the talks. The Kremlin said it welcomed them.' },
  ]);
  const summary = summariseStory(analysis);
  expect(summary.articles.map((a) => a.sides)).toEqual([
    [['Iran', 1], ['United States', 1]],
    [['Iran', 1], ['Russia', 1]],
  ]);
  const story: CorpusStoryView = { id: 'x', key: 'talks', label: 'Talks', firstDate: null, lastDate: null, comparisonId: 'c', status: 'done', why: { terms: [], joins: [] }, outlets: ['Daily', 'Wire'], articles: [], summary } as unknown as CorpusStoryView;
  const [daily, wire] = profileOutlets([story], ['Daily', 'Wire']);
  expect(wire.quotes.sides).toEqual([{ side: 'Iran', claims: 1 }, { side: 'United States', claims: 1 }]);
  expect(daily.quotes.sides).toEqual([{ side: 'Iran', claims: 1 }, { side: 'Russia', claims: 1 }]);
});
