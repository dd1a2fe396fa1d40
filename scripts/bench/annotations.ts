// `npm run bench annotations`: throughput of the annotations stage (annotate: rules, frames, sentiment) and of
// profileSources, on inputs that already went through ingest and claims, so only this stage is timed.
// Inputs: the two seeds, plus the 90 BASIL articles when ../shared/devdata exists (never copied anywhere).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BASIL = join(ROOT, '..', 'shared', 'devdata', 'basil', 'articles');

function inputs(): { name: string; texts: string[] } {
  const texts = ['000_68b51bf4a201928c.txt', '004_8987d4694f22efb9.txt'].map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  if (!existsSync(BASIL)) return { name: 'seeds (2 articles)', texts };
  for (const year of readdirSync(BASIL).sort()) {
    for (const file of readdirSync(join(BASIL, year)).sort()) {
      const art = JSON.parse(readFileSync(join(BASIL, year, file), 'utf8'));
      texts.push((art['body-paragraphs'] as string[][]).map((p) => p.join(' ')).join('\n\n'));
    }
  }
  return { name: `seeds + BASIL (${texts.length} articles)`, texts };
}

export async function run(): Promise<void> {
  await import('../../lib/nlp/wink'); // the model load is shared by every stage: not this stage's cost
  const t0 = performance.now();
  const { annotate } = await import('../../lib/annotations');
  const { profileSources } = await import('../../lib/profiles');
  const loadMs = performance.now() - t0;
  const { ingest } = await import('../../lib/ingest');
  const { extractClaims } = await import('../../lib/claims');

  const { name, texts } = inputs();
  const prepared = texts.map((text, i) => extractClaims(ingest({ text }, `a${i + 1}`)));
  const claims = prepared.reduce((n, a) => n + a.claims.length, 0);
  const words = prepared.reduce((n, a) => n + a.wordCount, 0);

  annotate(prepared[0]); // warm-up: JIT and wink caches
  const rounds = 3;
  const times: number[] = [];
  let analysed = prepared.map(annotate);
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    analysed = prepared.map(annotate);
    times.push(performance.now() - start);
  }
  const best = Math.min(...times);
  const start = performance.now();
  profileSources(analysed, []);
  const profileMs = performance.now() - start;
  const annotations = analysed.reduce((n, a) => n + a.claims.reduce((m, c) => m + c.annotations.length, 0), 0);

  console.log(`input: ${name}, ${claims} claims, ${words} words, ${annotations} annotations`);
  console.log(`module load after the wink model (TypeScript compile by tsx + 9 lexicons validated and compiled; 0 if already loaded): ${loadMs.toFixed(0)} ms`);
  console.log(
    `annotate: ${best.toFixed(0)} ms for all (best of ${rounds}), ${(best / prepared.length).toFixed(2)} ms/article, ` +
      `${Math.round((claims * 1000) / best)} claims/s, ${Math.round((words * 1000) / best)} words/s`,
  );
  console.log(`profileSources: ${profileMs.toFixed(1)} ms for ${prepared.length} articles`);
}
