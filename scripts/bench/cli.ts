// `npm run bench cli`: wall-clock time of the real `parallax` command (process start and model load
// included) on the two seed files and on a 1,000-line batch of one- and two-article comparisons.
// The batch is synthetic, built from the seed sentences with a fixed pseudo-random sequence, and is
// written to a temp directory (never into the repository).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'parallax.js');
const SEEDS = ['seeds/000_68b51bf4a201928c.txt', 'seeds/004_8987d4694f22efb9.txt'].map((f) => join(ROOT, f));

function time(args: string[]): { ms: number; lines: number } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`parallax ${args.join(' ')} failed: ${result.stderr}`);
  return { ms, lines: result.stdout.trimEnd().split('\n').length };
}

/** `count` comparisons: every odd line has two articles, each article 1–4 seed sentences. */
export function syntheticBatch(count: number): string {
  const sentences = SEEDS.map((f) => readFileSync(f, 'utf8'))
    .join('\n')
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.length > 20);
  let state = 1;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const text = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const articles = [{ outlet: 'A', title: '', text: text() }];
    if (i % 2) articles.push({ outlet: 'B', title: '', text: text() });
    lines.push(JSON.stringify({ id: `b${i}`, articles }));
  }
  return `${lines.join('\n')}\n`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function run(): void {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-cli-'));
  const batch = join(dir, 'batch-1000.jsonl');
  writeFileSync(batch, syntheticBatch(1000));

  const help = median([0, 1, 2].map(() => time(['--help']).ms));
  const seeds = median([0, 1, 2].map(() => time(['analyze', ...SEEDS]).ms));
  const batchRuns = [0, 1, 2].map(() => time(['analyze', '--batch', batch]));
  const batchMs = median(batchRuns.map((r) => r.ms));
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (wall-clock figures grow with load)`);
  console.log(`parallax --help (process start, tsx):          ${help.toFixed(0)} ms (median of 3)`);
  console.log(`parallax analyze <2 seed files>:               ${seeds.toFixed(0)} ms (median of 3)`);
  console.log(
    `parallax analyze --batch (1,000 lines, 500 with 2 articles): ${batchMs.toFixed(0)} ms (median of 3), ` +
      `${batchRuns[0].lines} output lines, ${((1000 * 1000) / batchMs).toFixed(0)} comparisons/s`,
  );
}
