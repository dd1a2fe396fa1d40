// `npx tsx scripts/eval/headlines.ts`: headlines of one event in one group. Fits the overlap floor of
// lib/alignment/headlines.ts on BASIL 2010-2012 headline pairs (positive: same event), with 5-fold
// cross-validation by event: the floor with the most same-event pairs above it while at most 2% of
// other-event pairs are. Then, through the whole pipeline: each triplet's headline pairs in one group,
// and each triplet with an unrelated article added: how many of that article's claims share a group
// with the triplet's (the check allows 3%).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentWords } from '../../lib/alignment/content-words';
import { HEADLINE_FLOOR, weightedDice } from '../../lib/alignment/headlines';
import { analyze } from '../../lib/pipeline';

const BASIL = join(__dirname, '..', '..', '..', 'shared', 'devdata', 'basil', 'articles');
const GRID = [0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25, 0.3];

interface Article { event: string; outlet: string; title: string; text: string }

function fit(pairs: { same: boolean; dice: number }[]): number {
  const pos = pairs.filter((p) => p.same), neg = pairs.filter((p) => !p.same);
  const ok = GRID.filter((t) => neg.filter((p) => p.dice >= t).length <= 0.02 * neg.length);
  return ok.sort((a, b) => pos.filter((p) => p.dice >= b).length - pos.filter((p) => p.dice >= a).length || a - b)[0] ?? GRID[GRID.length - 1];
}

function main() {
  if (!existsSync(BASIL)) return console.log('headlines: no devdata');
  const articles: Article[] = [];
  for (const year of readdirSync(BASIL).sort())
    for (const file of readdirSync(join(BASIL, year)).sort()) {
      const a = JSON.parse(readFileSync(join(BASIL, year, file), 'utf8'));
      articles.push({ event: a['triplet-uuid'], outlet: a.source, title: a.title, text: (a['body-paragraphs'] as string[][]).map((p) => p.join(' ')).join('\n\n') });
    }
  const words = articles.map((a) => contentWords(a.title));
  const pairs: { a: number; b: number; same: boolean; dice: number }[] = [];
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++) pairs.push({ a: i, b: j, same: articles[i].event === articles[j].event, dice: weightedDice(words[i], words[j]) });
  const events = [...new Set(articles.map((a) => a.event))];
  let heldPos = 0, heldPosAll = 0, heldNeg = 0, heldNegAll = 0;
  const chosen: number[] = [];
  for (let f = 0; f < 5; f++) {
    const test = new Set(events.filter((_, i) => i % 5 === f));
    const isTest = (p: { a: number; b: number }) => test.has(articles[p.a].event) && test.has(articles[p.b].event);
    const isTrain = (p: { a: number; b: number }) => !test.has(articles[p.a].event) && !test.has(articles[p.b].event);
    const t = fit(pairs.filter(isTrain));
    chosen.push(t);
    for (const p of pairs.filter(isTest)) {
      if (p.same) { heldPosAll++; if (p.dice >= t) heldPos++; } else { heldNegAll++; if (p.dice >= t) heldNeg++; }
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}% (${a}/${b})`;
  console.log(`floor fitted on all events: ${fit(pairs)} (in use: ${HEADLINE_FLOOR}); folds chose ${chosen.join(', ')}`);
  console.log(`cross-validated by event: same-event headline pairs over the floor ${pct(heldPos, heldPosAll)}, other-event pairs ${pct(heldNeg, heldNegAll)}`);

  let together = 0, headlinePairs = 0, strayClaims = 0, strayAll = 0;
  events.forEach((event, k) => {
    const triplet = articles.filter((a) => a.event === event);
    const unrelated = articles.find((a) => a.event === events[(k + 7) % events.length])!;
    const analysis = analyze([...triplet, unrelated].map((a) => ({ outlet: a.outlet, title: a.title, text: a.text })));
    const groupOf = new Map(analysis.groups.flatMap((g) => g.claims.map((c) => [c, g] as const)));
    const heads = analysis.articles.slice(0, 3).map((a) => a.claims.find((c) => c.kind === 'headline')?.id);
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) if (heads[i] && heads[j]) { headlinePairs++; if (groupOf.get(heads[i]!) === groupOf.get(heads[j]!)) together++; }
    const stray = analysis.articles[3];
    for (const c of stray.claims) { strayAll++; if (groupOf.get(c.id)!.articles.some((a) => a !== stray.id)) strayClaims++; }
  });
  console.log(`pipeline, 30 triplets each with an unrelated article: headline pairs in one group ${pct(together, headlinePairs)}; the unrelated article's claims aligned with the triplet's ${pct(strayClaims, strayAll)}`);
}

main();
