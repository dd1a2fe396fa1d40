// Alignment on the development data (../shared/devdata), through analyze() exactly as the product runs it:
// each MSRP / STS-B pair is a comparison of two one-sentence articles.
//   npx tsx scripts/eval/alignment.ts            headline figures + threshold stability + ablations
//   npx tsx scripts/eval/alignment.ts --basil    also print the groups of 10 BASIL events for a hand check
//   npx tsx scripts/eval/alignment.ts --basil-only
// Skips cleanly (exit 0) when ../shared/devdata is absent.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/pipeline';
import { align, GROUP_THRESHOLD, type AlignOptions } from '../../lib/alignment';
import { DEFAULT_PARAMS } from '../../lib/alignment/similarity';
import type { Analysis, AnalyzedArticle } from '../../lib/contract/types';
import { spearman } from '../train-alignment';

const DEV = join(__dirname, '../../../shared/devdata');

const tsv = (p: string) => readFileSync(p, 'utf8').replace(/^\uFEFF/, '').split('\n').filter((l) => l.trim()).map((l) => l.split('\t'));

interface Pair { a: string; b: string; label: number }

/** As ../shared/tools/dev-eval.mjs: "same group" when any claim of B shares a group with a claim of A. */
function sameGroup(groups: Analysis['groups'], articles: AnalyzedArticle[]): boolean {
  const g = new Map<string, string>();
  for (const x of groups) for (const id of x.claims) g.set(id, x.id);
  const A = new Set(articles[0].claims.map((c) => g.get(c.id)));
  return articles[1].claims.some((c) => A.has(g.get(c.id)));
}
function bestLink(links: Analysis['links'], articles: AnalyzedArticle[]): number {
  const A = new Set(articles[0].claims.map((c) => c.id));
  return Math.max(0, ...links.filter((l) => A.has(l.a) !== A.has(l.b)).map((l) => l.score));
}

function scores(f1Of: { tp: number; fp: number; fn: number; tn: number }) {
  const { tp, fp, fn, tn } = f1Of;
  const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
  return { acc: (tp + tn) / (tp + fp + fn + tn), f1: (2 * p * r) / Math.max(1e-9, p + r) };
}
function atThreshold(best: number[], labels: number[], t: number) {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  best.forEach((s, i) => { const p = s >= t, y = labels[i] === 1; if (p && y) c.tp++; else if (p) c.fp++; else if (y) c.fn++; else c.tn++; });
  return scores(c);
}
const GRID = Array.from({ length: 81 }, (_, i) => Number((0.1 + i * 0.005).toFixed(3)));
function bestThreshold(best: number[], labels: number[]): number {
  let top = GRID[0], topAcc = -1;
  for (const t of GRID) { const { acc } = atThreshold(best, labels, t); if (acc > topAcc) { topAcc = acc; top = t; } }
  return top;
}

function main() {
  if (!existsSync(DEV)) { console.log('alignment eval: ../shared/devdata not found, skipped'); return; }
  if (process.argv.includes('--basil-only')) { basilHandCheck(); return; }
  const t0 = Date.now();
  const msrp: Pair[] = tsv(join(DEV, 'msrp/msr_paraphrase_train.txt')).slice(1).map((r) => ({ label: Number(r[0]), a: r[3], b: r[4] }));
  const sts = tsv(join(DEV, 'stsbenchmark/sts-dev.csv')).filter((r) => r[0] === 'main-news').map((r) => ({ label: Number(r[4]), a: r[5], b: r[6] }));
  let failures = 0;
  const empty = (p: Pair): Analysis => {
    failures++;
    const art = (id: string, text: string) => ({ id, claims: [] as never[], text }) as unknown as AnalyzedArticle;
    return { schemaVersion: '', articles: [art('a1', p.a), art('a2', p.b)], groups: [], links: [], discrepancies: [], sources: [] };
  };
  // a pair the pipeline throws on counts as "not aligned" (and is reported), so one bad sentence cannot stop the run
  const run = (p: Pair) => { try { return analyze([{ outlet: 'A', title: '', text: p.a }, { outlet: 'B', title: '', text: p.b }]); } catch { return empty(p); } };
  const msrpOut = msrp.map(run);
  const stsOut = sts.map(run);
  const seconds = (Date.now() - t0) / 1000;

  const labels = msrp.map((p) => p.label);
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  msrpOut.forEach((a, i) => { const p = sameGroup(a.groups, a.articles), y = labels[i] === 1; if (p && y) c.tp++; else if (p) c.fp++; else if (y) c.fn++; else c.tn++; });
  const headline = scores(c);
  const rho = spearman(stsOut.map((a) => bestLink(a.links, a.articles)), sts.map((p) => p.label));
  console.log(`MSRP train (${msrp.length} pairs) through analyze(): accuracy ${(100 * headline.acc).toFixed(1)}%, F1 ${(100 * headline.f1).toFixed(1)} at threshold ${GROUP_THRESHOLD}`);
  console.log(`STS-B dev news (${sts.length} pairs): Spearman of best link score ${rho.toFixed(3)}`);
  console.log(`(${seconds.toFixed(1)} s for ${msrp.length + sts.length} analyses; ${failures} pairs where analyze() threw)`);
  const claimsPerArticle = msrpOut.reduce((s, a) => s + a.articles[0].claims.length + a.articles[1].claims.length, 0) / (2 * msrpOut.length);
  console.log(`claims per one-sentence article: ${claimsPerArticle.toFixed(2)}`);

  // Threshold stability: best threshold on 4/5 of MSRP, accuracy on the held-out fifth.
  const best = msrpOut.map((a) => bestLink(a.links, a.articles));
  const folds = 5;
  const cv: string[] = [];
  let heldAcc = 0;
  for (let k = 0; k < folds; k++) {
    const train = best.map((_, i) => i).filter((i) => i % folds !== k), test = best.map((_, i) => i).filter((i) => i % folds === k);
    const t = bestThreshold(train.map((i) => best[i]), train.map((i) => labels[i]));
    const r = atThreshold(test.map((i) => best[i]), test.map((i) => labels[i]), t);
    heldAcc += r.acc / folds;
    cv.push(`${t}→${(100 * r.acc).toFixed(1)}%`);
  }
  console.log(`5-fold threshold choice → held-out accuracy: ${cv.join(', ')}; mean ${(100 * heldAcc).toFixed(1)}%`);
  const curve = [-0.05, -0.025, 0, 0.025, 0.05].map((d) => {
    const t = Number((GROUP_THRESHOLD + d).toFixed(3)), r = atThreshold(best, labels, t);
    return `${t}: ${(100 * r.acc).toFixed(1)}%/${(100 * r.f1).toFixed(1)}`;
  });
  console.log(`accuracy/F1 around the threshold: ${curve.join('; ')}`);

  // Ablations: each signal off in turn, on the same analysed articles (align() called directly), threshold re-tuned.
  const variants: [string, AlignOptions][] = [
    // the signals of the pair model are weighed by the fitted weights (scripts/train-alignment.ts); these switch
    // off what happens before the model reads them
    ['all signals', {}],
    ['no synonyms', { synonyms: false }],
    ['no background rarity', { rarity: 'flat' }],
    ['Dice only (no coverage)', { params: { ...DEFAULT_PARAMS, coverage: 0 } }],
  ];
  for (const [name, options] of variants) {
    const bestOf = (outs: Analysis[]) => outs.map((a) => bestLink(align(a.articles, options).links, a.articles));
    const b = bestOf(msrpOut), t = bestThreshold(b, labels), r = atThreshold(b, labels, t);
    const rhoV = spearman(bestOf(stsOut), sts.map((p) => p.label));
    console.log(`  ${name.padEnd(26)} MSRP best-threshold ${t}: ${(100 * r.acc).toFixed(1)}% / F1 ${(100 * r.f1).toFixed(1)}; STS-B ρ ${rhoV.toFixed(3)}`);
  }
  if (process.argv.includes('--basil')) basilHandCheck();
}

function basilHandCheck() {
  const events = new Map<string, { source: string; title: string; text: string }[]>();
  for (const y of readdirSync(join(DEV, 'basil/articles')).sort()) for (const f of readdirSync(join(DEV, 'basil/articles', y)).sort()) {
    const art = JSON.parse(readFileSync(join(DEV, 'basil/articles', y, f), 'utf8'));
    const text = (art['body-paragraphs'] as string[][]).map((p) => p.join(' ')).join('\n\n');
    const key = art['triplet-uuid'] ?? f.replace(/_\d+\.json$/, '');
    (events.get(key) ?? events.set(key, []).get(key)!).push({ source: String(art.source).toLowerCase(), title: art.title, text });
  }
  const chosen = [...events.entries()].filter(([, v]) => v.length === 3).slice(0, 10);
  for (const [event, arts] of chosen) {
    const a = analyze(arts.map((x) => ({ outlet: x.source, title: x.title, text: x.text })));
    const text = new Map(a.articles.flatMap((x) => x.claims.map((c) => [c.id, `${x.outlet}: ${c.text}`] as const)));
    const shared = a.groups.filter((g) => g.kind !== 'unique');
    console.log(`\n### ${event}: ${arts[0].title} — ${a.groups.length} groups, ${shared.length} shared`);
    for (const g of shared) {
      console.log(`  ${g.id} ${g.kind} [${g.summary}] ${g.discrepancies.map((d) => d.note).join('; ')}`);
      for (const m of g.members) console.log(`     ${m.relation.padEnd(7)} ${text.get(m.claim)!.slice(0, 150)}`);
    }
  }
}

main();
