// `npm run bench alignment`: align() on synthetic comparisons of 2, 10, 50 and 100 articles × 50 claims.
// Each article retells the same 30 "happenings" in its own words (shared core words + filler drawn from a
// 4,000-word vocabulary with a deterministic Zipf-like generator) and adds 20 claims of its own, so the index
// sees realistic postings. Prints CPU time per comparison (and wall time) against the number of cross-article
// claim pairs. Note: process CPU time includes the garbage collector's helper threads.
import { align } from '../../lib/alignment';
import type { AnalyzedArticle, Claim } from '../../lib/contract/types';

const CLAIMS = 50;
const EVENTS = 30;

function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'del', 'sur', 'pan', 'gri', 'tor', 'ne', 'fa', 'bel', 'cor', 'da'];
function vocabulary(size: number, rnd: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) words.add(Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => syllables[Math.floor(rnd() * syllables.length)]).join(''));
  return [...words];
}

function comparison(articles: number): AnalyzedArticle[] {
  const rnd = random(42);
  const vocab = vocabulary(4000, rnd);
  const zipf = () => vocab[Math.min(vocab.length - 1, Math.floor(Math.exp(rnd() * Math.log(vocab.length))))];
  const events = Array.from({ length: EVENTS }, () => Array.from({ length: 6 }, zipf));
  return Array.from({ length: articles }, (_, a) => {
    const id = `a${a + 1}`;
    const sentences = Array.from({ length: CLAIMS }, (_, k) => {
      const core = k < EVENTS ? events[k].filter(() => rnd() < 0.7) : [];
      const filler = Array.from({ length: 14 - core.length }, zipf);
      return [...core, ...filler].sort(() => rnd() - 0.5).join(' ') + '.';
    });
    let text = '';
    const claims: Claim[] = sentences.map((s, index) => {
      if (index) text += ' ';
      const start = text.length;
      text += s;
      return {
        id: `${id}c${index + 1}`, articleId: id, index, paragraph: 0, start, end: start + s.length, text: s, kind: 'event',
        checkworthiness: { score: 0.5, features: [] }, speaker: null, quotes: [], entities: [],
        sentiment: { score: 0, comparative: 0, label: 'neutral', words: [], actorTone: [] }, annotations: [], frames: [],
      };
    });
    return {
      id, outlet: `Outlet ${a + 1}`, title: '', byline: null, dateline: null, publishedAt: null, url: null,
      language: { code: 'en', supported: true }, text, wordCount: text.split(' ').length, removed: [], claims,
    };
  });
}

export function run() {
  align(comparison(2)); // warm up module loading and the JIT
  let previous: { pairs: number; ms: number } | null = null;
  for (const n of [2, 10, 50, 100]) {
    const articles = comparison(n);
    const repeats = n <= 10 ? 5 : 1;
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    let groups = 0;
    for (let r = 0; r < repeats; r++) groups = align(articles).groups.length;
    const cpu = process.cpuUsage(cpu0);
    const wall = Number(process.hrtime.bigint() - t0) / 1e6 / repeats;
    // CPU time of this process: on a shared machine wall time also counts other processes' turns
    const ms = (cpu.user + cpu.system) / 1000 / repeats;
    const claims = n * CLAIMS;
    const pairs = (claims * (claims - CLAIMS)) / 2;
    const growth = previous ? ` (pairs ×${(pairs / previous.pairs).toFixed(0)}, time ×${(ms / previous.ms).toFixed(1)})` : '';
    console.log(`alignment ${String(n).padStart(3)} articles × ${CLAIMS} claims: ${ms.toFixed(0).padStart(6)} ms CPU per comparison (${wall.toFixed(0)} ms wall), ${groups} groups, ${pairs.toLocaleString('en')} cross-article claim pairs${growth}`);
    previous = { pairs, ms };
  }
}
