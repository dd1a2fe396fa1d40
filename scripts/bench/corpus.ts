// `npm run bench corpus`: corpus mode at 1,000 and 10,000 articles on one machine, into a fresh SQLite
// file each. A synthetic corpus (deterministic): stories told by 1 to 6 of 40 outlets over 8 weeks,
// each article a headline and ~120 words naming the story's own people and places amid common words.
// Measured: the import (read, ingest, store by content hash, group into stories, queue a comparison per
// story with two outlets or more), groupStories alone on the same articles, an incremental import of
// 10% more articles, and the analysis of a sample of the queued comparisons in the worker pool, from
// which the analysis of all of them is extrapolated. Prints wall and CPU time, peak memory, and each
// time divided by n log2 n (the ratio between the two sizes should stay near 1 for n log n cost).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const SIZES = (process.env.BENCH_CORPUS_SIZES ?? '1000,10000').split(',').map(Number);
const OUTLETS = 40;
const SAMPLE = Number(process.env.BENCH_CORPUS_SAMPLE ?? 8);
// BENCH_CORPUS_READ=1: analyse every queued comparison, then time getCorpus (the corpus page's and the
// API's read) over the fully analysed corpus: the first read, then later ones.
const READS = process.env.BENCH_CORPUS_READ === '1' ? Math.max(2, Number(process.env.BENCH_CORPUS_READS ?? 4)) : 0;
const MIGRATIONS = path.join(__dirname, '..', '..', 'prisma', 'sqlite', 'migrations');

function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

// 40 syllables, 2-3 per word: some 66,000 possible names, so that two stories rarely share a name by
// chance (with 18 syllables the 10,000-article corpus had its stories' names collide, unlike real news).
const syllables = 'ka lo mi ren tas vo del sur pan gri tor ne fa bel cor da ish ul mar tin sa qua bro ven lis ot ham pel rud si zan gor wey fen ab cra lum dor hi'.split(' ');
const COMMON = 'the a of in on and to said after before officials residents city government police report week plan talks people public local new older second first water road school market council budget court vote workers service price area community'.split(' ');
const VERBS = 'announced rejected approved delayed opened closed questioned defended criticised promised'.split(' ');

interface Line {
  id: string;
  outlet: string;
  title: string;
  text: string;
  publishedAt: string;
}

/** `n` articles in about n/3 stories; each story's names and places are its own (generated words). */
export function syntheticCorpus(n: number, seed = 7): Line[] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const word = () => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(syllables)).join('');
  const name = () => word().replace(/^./, (c) => c.toUpperCase());
  const outlets = Array.from({ length: OUTLETS }, (_, i) => `Outlet ${name()} ${i + 1}`);
  const lines: Line[] = [];
  const start = Date.UTC(2026, 0, 5);
  for (let story = 0; lines.length < n; story++) {
    const people = [`${name()} ${name()}`, `${name()} ${name()}`];
    const place = name();
    const thing = word();
    const verb = pick(VERBS);
    const day = start + Math.floor(rnd() * 56) * 86_400_000;
    const tellers = new Set<string>();
    const count = 1 + Math.floor(rnd() * rnd() * 6);
    while (tellers.size < count) tellers.add(pick(outlets));
    for (const outlet of tellers) {
      if (lines.length >= n) break;
      const sentences = Array.from({ length: 8 }, (_, k) => {
        const filler = Array.from({ length: 8 }, () => pick(COMMON)).join(' ');
        if (k === 0) return `${people[0]} ${verb} the ${thing} plan in ${place} on Monday, ${filler}.`;
        if (k % 3 === 1) return `"The ${thing} matters to ${place}," ${pick(people)} said, ${filler}.`;
        return `${filler[0].toUpperCase()}${filler.slice(1)} ${rnd() < 0.5 ? place : thing} ${pick(COMMON)}.`;
      });
      lines.push({
        id: `st${story}-${lines.length}`,
        outlet,
        title: `${place} ${thing} plan ${verb} as ${people[0].split(' ')[1]} ${pick(['speaks', 'acts', 'waits'])}`,
        text: sentences.join(' '),
        publishedAt: new Date(day + Math.floor(rnd() * 2) * 86_400_000 + Math.floor(rnd() * 86_400_000)).toISOString(),
      });
    }
  }
  return lines;
}

function freshDatabase(): { url: string; dir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-corpus-'));
  const file = path.join(dir, 'bench.db');
  const db = new Database(file);
  for (const folder of readdirSync(MIGRATIONS).filter((f) => /^\d/.test(f)).sort()) db.exec(readFileSync(path.join(MIGRATIONS, folder, 'migration.sql'), 'utf8'));
  db.close();
  return { url: `file:${file}`, dir };
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, wallMs: performance.now() - t0, cpuMs: (used.user + used.system) / 1000 };
}

/** B-cubed F1 of a grouping against the synthetic stories (an id's `st<k>-` prefix). */
function bcubedF1(stories: { articles: string[] }[]): number {
  const truth = (id: string) => id.split('-')[0];
  const storySize = new Map<string, number>();
  for (const s of stories) for (const a of s.articles) storySize.set(truth(a), (storySize.get(truth(a)) ?? 0) + 1);
  let p = 0;
  let r = 0;
  let n = 0;
  for (const s of stories) {
    const inStory = new Map<string, number>();
    for (const a of s.articles) inStory.set(truth(a), (inStory.get(truth(a)) ?? 0) + 1);
    for (const a of s.articles) {
      const both = inStory.get(truth(a))!;
      p += both / s.articles.length;
      r += both / storySize.get(truth(a))!;
      n++;
    }
  }
  return (2 * (p / n) * (r / n)) / (p / n + r / n);
}

const nlogn = (n: number) => n * Math.log2(n);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Every queued comparison analysed as its job does it (one at a time, in the worker pool; the job also writes its stories' summaries), then getCorpus read READS times. */
async function measureReads(corpusId: string, comparisons: number) {
  const { getCorpus } = await import('../../lib/corpus');
  const { getPrisma } = await import('../../lib/db/client');
  const { runAnalysisJob } = await import('../../lib/jobs/start-workers');
  const rest = await getPrisma().comparison.findMany({ where: { analysisStatus: 'queued' }, select: { id: true } });
  const analysed = await timed(async () => {
    for (const c of rest) await runAnalysisJob({ comparisonId: c.id, attempt: 1, finalAttempt: true });
  });
  const reads: { wallMs: number; cpuMs: number }[] = [];
  let view: Awaited<ReturnType<typeof getCorpus>> = null;
  for (let i = 0; i < READS; i++) {
    const read = await timed(() => getCorpus({ id: corpusId }));
    view = read.result;
    reads.push(read);
  }
  const sizes = await getPrisma().$queryRawUnsafe<{ analyses: number }[]>('SELECT SUM(LENGTH("analysisJson")) AS analyses FROM "Comparison"');
  const summaries = await getPrisma()
    .$queryRawUnsafe<{ summaries: number }[]>('SELECT SUM(LENGTH("summaryJson")) AS summaries FROM "Story"')
    .then((r) => `${(Number(r[0].summaries) / 1024 / 1024).toFixed(1)} MB`)
    .catch(() => 'none (no summaryJson column)');
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `getCorpus over ${view!.counts.stories} stories, ${view!.counts.analysed} analysed of ${comparisons} comparisons (the other ${rest.length} analysed in ${(analysed.wallMs / 1000 / 60).toFixed(1)} min):` +
      ` first read ${s(reads[0].wallMs)} wall, ${s(reads[0].cpuMs)} CPU; later reads ${reads.slice(1).map((r) => `${s(r.wallMs)} / ${s(r.cpuMs)} CPU`).join(', ')};` +
      ` stored analyses ${(Number(sizes[0].analyses) / 1024 / 1024).toFixed(1)} MB, summaries ${summaries}; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}

export async function run() {
  const rows: { n: number; importMs: number; importCpuMs: number; groupMs: number; incrementalMs: number }[] = [];
  for (const n of SIZES) {
    const { url, dir } = freshDatabase();
    process.env.DATABASE_URL = url;
    process.env.PARALLAX_WORKERS = '0';
    // the Prisma client is per DATABASE_URL: each size gets its own file
    const { importCorpus, readCorpusContent } = await import('../../lib/corpus');
    const { groupStories } = await import('../../lib/stories');
    const { getPrisma } = await import('../../lib/db/client');
    const { analyseComparison } = await import('../../lib/comparisons');
    const { closeAnalysisPool } = await import('../../lib/workers/analysis-pool');
    const { closeAnalysisQueue } = await import('../../lib/jobs/queue');

    const all = syntheticCorpus(Math.round(n * 1.1));
    const base = all.slice(0, n);
    const extra = all.slice(n);
    const records = readCorpusContent('bench.jsonl', base.map((l) => JSON.stringify(l)).join('\n'));
    const imported = await timed(() => importCorpus({ corpus: `bench ${n}`, records }));
    const grouped = await timed(() => groupStories(base));
    const incremental = await timed(() => importCorpus({ corpus: `bench ${n}`, records: readCorpusContent('extra.jsonl', extra.map((l) => JSON.stringify(l)).join('\n')) }));
    const report = imported.result;
    const queued = await getPrisma().comparison.findMany({ where: { analysisStatus: 'queued' }, select: { id: true }, orderBy: { id: 'asc' } });
    const sample = queued.filter((_, i) => i % Math.max(1, Math.floor(queued.length / SAMPLE)) === 0).slice(0, SAMPLE);
    const analysed = await timed(async () => {
      for (const c of sample) await analyseComparison({ id: c.id });
    });
    const perComparison = analysed.wallMs / Math.max(1, sample.length);
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(
      `${n} articles: imported ${report.imported} (${report.failed} failed) into ${report.stories.created} stories, ${report.stories.comparisons} comparisons queued;` +
        ` import ${(imported.wallMs / 1000).toFixed(1)} s wall, ${(imported.cpuMs / 1000).toFixed(1)} s CPU;` +
        ` groupStories alone ${grouped.wallMs.toFixed(0)} ms (${grouped.result.length} stories for ${new Set(base.map((l) => l.id.split('-')[0])).size} true ones, B-cubed F1 ${bcubedF1(grouped.result).toFixed(3)});` +
        ` +${extra.length} articles incrementally ${(incremental.wallMs / 1000).toFixed(1)} s (${incremental.result.stories.grown} stories grown, ${incremental.result.stories.created} new);` +
        ` analysis ${(perComparison / 1000).toFixed(2)} s per comparison (sample of ${sample.length}), all ${queued.length} ≈ ${((perComparison * queued.length) / 1000 / 60).toFixed(1)} min on one worker;` +
        ` peak RSS ${mb(peak)}, heap ${mb(process.memoryUsage().heapUsed)}`,
    );
    if (READS) await measureReads(report.corpusId, queued.length);
    rows.push({ n, importMs: imported.wallMs, importCpuMs: imported.cpuMs, groupMs: grouped.wallMs, incrementalMs: incremental.wallMs });
    await closeAnalysisQueue();
    await closeAnalysisPool();
    await getPrisma().$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
  // groupStories alone over more sizes: its candidate lists are capped (12 rarest terms × the 400 latest
  // stories per term), so its cost per article grows until the cap is reached, then stays flat.
  const { groupStories } = await import('../../lib/stories');
  const series = (process.env.BENCH_CORPUS_GROUP_SIZES ?? '1000,2000,5000,10000,20000').split(',').map(Number).filter((n) => n > 0);
  const perArticle = series.map((n) => {
    const lines = syntheticCorpus(n);
    const t0 = performance.now();
    groupStories(lines);
    return { n, ms: performance.now() - t0 };
  });
  if (series.length) console.log(`groupStories alone: ${perArticle.map(({ n, ms }) => `${n}: ${(ms / 1000).toFixed(1)} s (${(ms / n).toFixed(2)} ms per article, ${((1000 * ms) / nlogn(n)).toFixed(1)} µs per n·log2 n)`).join('; ')}`);
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    const ratio = (x: number, y: number) => (y / nlogn(b.n) / (x / nlogn(a.n))).toFixed(2);
    console.log(`${a.n} → ${b.n}: time per n·log2(n), larger over smaller: import ${ratio(a.importMs, b.importMs)} (CPU ${ratio(a.importCpuMs, b.importCpuMs)}), groupStories ${ratio(a.groupMs, b.groupMs)}, incremental ${ratio(a.incrementalMs, b.incrementalMs)} (1.00 = exactly n log n; ${(b.n / a.n).toFixed(0)}× the articles)`);
  }
}
