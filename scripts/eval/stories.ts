// `npm run eval:stories [-- --fit]`: story grouping (lib/stories) against known stories: the BASIL
// 2010-2012 triplets (30 events × 3 outlets) and the ECB+ topics 1-35 (each topic two similar events,
// `ecb` and `ecbplus`: another earthquake, another rehab), from ../shared/devdata (never copied here).
// Scored with B-cubed precision, recall and F1, on each corpus and on both shuffled together. Reference
// figures in the same run: one story per article, and TF-IDF single link over the same vectors with the
// best threshold picked in hindsight. --fit chooses the join threshold with 5-fold cross-validation by
// event family (an ECB+ topic's two events together; the stories a figure is reported on were not used to choose it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupStories, JOIN_THRESHOLD, type StoryInput } from '../../lib/stories';

const DEV = join(__dirname, '..', '..', '..', 'shared', 'devdata');

interface Labelled extends StoryInput {
  story: string;
}

function basil(): Labelled[] {
  const dir = join(DEV, 'basil', 'articles');
  const out: Labelled[] = [];
  for (const year of readdirSync(dir).sort())
    for (const file of readdirSync(join(dir, year)).sort()) {
      const a = JSON.parse(readFileSync(join(dir, year, file), 'utf8'));
      out.push({ id: `basil/${file}`, story: `basil/${a['triplet-uuid']}`, outlet: a.source, title: a.title, publishedAt: a.date, text: (a['body-paragraphs'] as string[][]).map((p) => p.join(' ')).join('\n\n') });
    }
  return out;
}

/** ECB+ texts are tokenised ("Tara Reid , 33 ,"): glued back enough for word matching. */
const detokenise = (s: string) => s.replace(/\s+([,.;:!?%)])/g, '$1').replace(/([($])\s+/g, '$1').replace(/\s+'s\b/g, "'s").replace(/``\s*|\s*''/g, '"');

function ecb(): Labelled[] {
  const data = JSON.parse(readFileSync(join(DEV, 'ecbplus', 'ecbplus_topics01-35.json'), 'utf8'));
  const out: Labelled[] = [];
  for (const [doc, d] of Object.entries<{ topic: string; sub: string; sentences: Record<string, string> }>(data.docs)) {
    const sentences = Object.entries(d.sentences).sort((a, b) => Number(a[0]) - Number(b[0])).map(([, s]) => detokenise(s));
    if (d.sub === 'ecbplus') sentences.shift(); // sentence 0 is the URL
    const [title, ...rest] = sentences;
    out.push({ id: `ecb/${doc}`, story: `ecb/${d.topic}/${d.sub}`, title, text: rest.join('\n') });
  }
  return out;
}

/** B-cubed over items: mean precision and recall of each item's predicted cluster against its true one. */
function bcubed(items: Labelled[], predicted: Map<string, string>) {
  const byPredicted = new Map<string, Labelled[]>();
  const byTrue = new Map<string, number>();
  for (const item of items) {
    const p = predicted.get(item.id)!;
    byPredicted.set(p, [...(byPredicted.get(p) ?? []), item]);
    byTrue.set(item.story, (byTrue.get(item.story) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const cluster of byPredicted.values())
    for (const item of cluster) {
      const correct = cluster.filter((o) => o.story === item.story).length;
      precision += correct / cluster.length;
      recall += correct / byTrue.get(item.story)!;
    }
  precision /= items.length;
  recall /= items.length;
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

function shuffled<T>(items: T[], seed = 7): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function scoreGrouping(items: Labelled[], threshold: number) {
  const predicted = new Map<string, string>();
  for (const story of groupStories(items, { threshold })) for (const id of story.articles) predicted.set(id, story.id);
  return bcubed(items, predicted);
}

const fmt = (s: { precision: number; recall: number; f1: number }) => `P ${(100 * s.precision).toFixed(1)} R ${(100 * s.recall).toFixed(1)} F1 ${(100 * s.f1).toFixed(1)}`;
const GRID = [0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.22, 0.25, 0.28, 0.3, 0.35, 0.4, 0.5];

function fit(items: Labelled[]): number {
  return GRID.map((t) => ({ t, f1: scoreGrouping(items, t).f1 })).sort((a, b) => b.f1 - a.f1 || a.t - b.t)[0].t;
}

function main() {
  if (!existsSync(DEV)) {
    console.log(`eval:stories: ${DEV} not found; nothing to score.`);
    return;
  }
  // leads: the headline and the first paragraph (BASIL) or the first two sentences (ECB+), as a news
  // API or a feed gives them
  const leads = (items: Labelled[], cut: (text: string) => string) => items.map((i) => ({ ...i, text: cut(i.text) }));
  const basilLeads = leads(basil(), (t) => t.split('\n\n')[0]);
  const ecbLeads = leads(ecb(), (t) => t.split('\n').slice(0, 2).join(' '));
  const corpora: [string, Labelled[]][] = [['BASIL 2010-2012', basil()], ['ECB+ topics 1-35', ecb()]];
  corpora.push(['both, shuffled', shuffled([...corpora[0][1], ...corpora[1][1]])]);
  corpora.push(['leads only: BASIL', basilLeads], ['leads only: ECB+', ecbLeads], ['leads only: both, shuffled', shuffled([...basilLeads, ...ecbLeads])]);
  // as a news API sample gives them: a few outlets per story (here at most 3 articles of each), so that
  // most of a story's B-cubed weight is in telling many small stories apart, not in gathering big ones
  const fewPerStory = (items: Labelled[]) => {
    const kept = new Map<string, number>();
    return shuffled(items, 11).filter((i) => {
      const n = kept.get(i.story) ?? 0;
      kept.set(i.story, n + 1);
      return n < 3;
    });
  };
  corpora.push(['leads only, at most 3 per story: both, shuffled', shuffled(fewPerStory([...basilLeads, ...ecbLeads]))]);
  for (const [name, items] of corpora) {
    const stories = new Set(items.map((i) => i.story)).size;
    const singletons = new Map(items.map((i) => [i.id, i.id]));
    const started = performance.now();
    const ours = scoreGrouping(items, JOIN_THRESHOLD);
    const ms = performance.now() - started;
    console.log(`${name}: ${items.length} articles, ${stories} stories; threshold ${JOIN_THRESHOLD}: ${fmt(ours)} (${ms.toFixed(0)} ms); one story per article: ${fmt(bcubed(items, singletons))}`);
  }
  if (!process.argv.includes('--fit')) return;
  for (const which of [2, 5, 6]) crossValidate(corpora[which][0], corpora[which][1]);
}

function crossValidate(name: string, items: Labelled[]) {
  console.log(`\n${name}:`);
  // folds by event family: an ECB+ topic's two similar events stay together, so a held-out fold has to tell them apart
  const family = (story: string) => (story.startsWith('ecb/') ? story.split('/').slice(0, 2).join('/') : story);
  const stories = [...new Set(items.map((i) => family(i.story)))].sort();
  const folds = 5;
  const predicted = new Map<string, string>();
  for (let f = 0; f < folds; f++) {
    const test = new Set(stories.filter((_, i) => i % folds === f));
    const t = fit(items.filter((i) => !test.has(family(i.story))));
    const held = items.filter((i) => test.has(family(i.story)));
    for (const story of groupStories(held, { threshold: t })) for (const id of story.articles) predicted.set(id, `${f}/${story.id}`);
    console.log(`fold ${f + 1}: threshold ${t} chosen on the other stories; held-out ${fmt(bcubed(held, new Map([...predicted].filter(([id]) => held.some((h) => h.id === id)))))}`);
  }
  console.log(`cross-validated by event family (5 folds, each fold's articles grouped on their own): ${fmt(bcubed(items, predicted))}`);
  console.log(`fit on everything: threshold ${fit(items)}`);
}

main();
