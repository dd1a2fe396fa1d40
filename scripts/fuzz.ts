// `npm run fuzz [-- --runs N] [--seed S] [--max-chars C]`: a long randomised property run. Generated
// hostile comparisons (scripts/fuzz/hostile-comparisons.ts) go through real analysis workers under the
// product's deadline (PARALLAX_ANALYSIS_TIMEOUT_MS, as the server has it) and must keep the contract.
// One independent run per core, seeds S, S+1, ...; the first failure is shrunk, printed and written
// whole to artifacts/fuzz-failure.json. Exits 1 when an input failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ArticleInput } from '../lib/contract/types';
import { AnalysisPool } from '../lib/workers/analysis-pool';
import { checkComparison } from './fuzz/check-comparison';
import { hostileComparison } from './fuzz/hostile-comparisons';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`fuzz: --${name} takes a whole number (got "${process.argv[at + 1]}")`);
  return value;
}

const runs = option('runs', 1000);
const seed = option('seed', Date.now() % 2 ** 31);
const maxChars = option('max-chars', 40_000);
const lanes = Math.max(1, Math.min(availableParallelism(), runs));

const preview = (articles: ArticleInput[]) =>
  articles.map((a, i) => `  article ${i + 1}: ${a.text.length} characters: ${JSON.stringify(a.text.length > 400 ? `${a.text.slice(0, 400)}…` : a.text)}`).join('\n');

async function lane(index: number, stats: { done: number; chars: number; largest: number }) {
  const pool = new AnalysisPool({ size: 1 });
  try {
    const property = fc.asyncProperty(hostileComparison({ maxChars }), async (articles) => {
      await checkComparison(pool, articles);
      const chars = articles.reduce((n, a) => n + a.text.length, 0);
      stats.done++;
      stats.chars += chars;
      stats.largest = Math.max(stats.largest, chars);
      if (stats.done % 100 === 0) console.log(`fuzz: ${stats.done}/${runs} comparisons, ${(stats.chars / 1e6).toFixed(1)} M characters`);
    });
    const share = Math.floor(runs / lanes) + (index < runs % lanes ? 1 : 0);
    return await fc.check(property, { seed: seed + index, numRuns: share });
  } finally {
    await pool.close();
  }
}

async function main() {
  console.log(`fuzz: ${runs} comparisons, seeds ${seed}..${seed + lanes - 1}, texts up to ${maxChars} characters, ${lanes} workers`);
  const started = Date.now();
  const stats = { done: 0, chars: 0, largest: 0 };
  const results = await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i, stats)));
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const failed = results.find((r) => r.failed);
  if (!failed) {
    console.log(`fuzz: no failure in ${stats.done} comparisons (${(stats.chars / 1e6).toFixed(1)} M characters, largest ${stats.largest}) in ${seconds} s`);
    return;
  }
  const articles = failed.counterexample?.[0] as ArticleInput[] | undefined;
  console.log(`fuzz: FAILED after ${failed.numRuns} runs (seed ${failed.seed}, path ${failed.counterexamplePath}), shrunk ${failed.numShrinks} times`);
  console.log(String(failed.errorInstance instanceof Error ? failed.errorInstance.message : failed.errorInstance));
  if (articles) {
    console.log(preview(articles));
    mkdirSync('artifacts', { recursive: true });
    const file = join('artifacts', 'fuzz-failure.json');
    writeFileSync(file, `${JSON.stringify({ seed: failed.seed, path: failed.counterexamplePath, articles }, null, 2)}\n`);
    console.log(`fuzz: the whole input is in ${file}; replay it with: npx parallax analyze ${file}`);
  }
  process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
