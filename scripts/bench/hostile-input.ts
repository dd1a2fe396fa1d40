// `npm run bench hostile-input`: does doubling a hostile input at most about double the time? For
// each shape in scripts/hostile/shapes.ts, the whole pipeline (`analyze`, two articles) runs at n and
// 2n characters, and the markdown reader, the HTML reader and the role-mention scan run on the shapes
// that once made them superlinear. The figure that holds on a shared machine is the ratio t(2n)/t(n)
// within one run, in CPU time, best of three, for two doublings (n → 2n → 4n). Linear work gives about 2;
// both ratios above 3 are flagged.
import { HOSTILE_SHAPES, randomUnicode } from '../hostile/shapes';
import { cpuMs } from '../cpu-time';

/** t(n), t(2n), t(4n): two doublings, so one noisy timing (a GC pause, a neighbour) shows as one odd ratio, not a trend. */
function report(name: string, n: number, work: (n: number) => void) {
  work(Math.min(n, 2000)); // warm: the model and the word lists load once
  const [t1, t2, t4] = [n, 2 * n, 4 * n].map((size) => cpuMs(() => work(size)));
  const ratios = [t2 / Math.max(t1, 0.001), t4 / Math.max(t2, 0.001)];
  const flag = ratios.every((r) => r > 3) ? '  SUPERLINEAR' : '';
  const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;
  console.log(`${name.padEnd(28)} ${String(n).padStart(8)} ${ms(t1)} ${ms(t2)} ${ms(t4)}  ×${ratios[0].toFixed(2)} ×${ratios[1].toFixed(2)}${flag}`);
}

export async function run(): Promise<void> {
  const { analyze } = await import('../../lib/pipeline');
  const { markdownToArticle } = await import('../../lib/ingest/html/markdown-to-article');
  const { htmlToArticle } = await import('../../lib/ingest/html/html-to-article');
  const { roleMentions } = await import('../../lib/alignment/role-mentions');
  const n = Number(process.env.BENCH_HOSTILE_CHARS ?? 40_000);
  console.log(`${'shape'.padEnd(28)} ${'n'.padStart(8)} ${'t(n)'.padStart(9)} ${'t(2n)'.padStart(9)} ${'t(4n)'.padStart(9)}  t(2n)/t(n) t(4n)/t(2n)`);
  const shapes = { ...HOSTILE_SHAPES, randomUnicode: (length: number) => randomUnicode(length, 7) };
  for (const [name, make] of Object.entries(shapes)) {
    report(`analyze: ${name}`, n, (size) => analyze([{ outlet: 'A', text: make(size) }, { outlet: 'B', text: make(Math.floor(size / 2)) }]));
  }
  // found by `npm run fuzz`: a short article against a long one of one-line "headlines" (each line a claim of its own)
  report('analyze: newlines, 1:12', n, (size) => analyze([{ outlet: 'A', text: HOSTILE_SHAPES.newlines(Math.floor(size / 12)) }, { outlet: 'B', text: HOSTILE_SHAPES.newlines(size) }]));
  const md: Record<string, (size: number) => string> = {
    'heading + spaces': (size) => `# a${' '.repeat(size)}b`,
    'open angles': (size) => '<'.repeat(size),
    'open images': (size) => '!['.repeat(size / 2),
    'unclosed links': (size) => '[a]('.repeat(size / 4),
    'unpaired strong': (size) => '** '.repeat(size / 3),
  };
  for (const [name, make] of Object.entries(md)) report(`markdown: ${name}`, 50 * n, (size) => markdownToArticle(make(size)));
  const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}<p>${'Officials said the talks would resume in Rome on Friday. '.repeat(10)}</p>${'</div>'.repeat(depth)}</body></html>`;
  report('html: nested <div>s (depth)', n / 8, (depth) => htmlToArticle(nested(depth)));
  const titled = (size: number) => [{ id: 'a', claims: [{ id: 'c', text: HOSTILE_SHAPES.capsNames(size), speaker: null }] }];
  report('role mentions: titled names', 2 * n, (size) => roleMentions(titled(size) as unknown as Parameters<typeof roleMentions>[0]));
}
