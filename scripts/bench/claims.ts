// `npm run bench claims`: throughput of ingest + claims (one wink read per article, clause splitting, attribution,
// entities) in tokens per second, on the seeds, on the BASIL dev articles when ../shared/devdata exists, and on
// 2,000 short generated articles (the many-small-articles case). wink's bare readDoc is timed alongside for scale.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpuMs } from '../cpu-time';

const ROOT = join(__dirname, '..', '..');
const BASIL = join(ROOT, '..', 'shared', 'devdata', 'basil', 'articles');

function corpora(): Array<{ name: string; texts: string[] }> {
  const seeds = ['000_68b51bf4a201928c.txt', '004_8987d4694f22efb9.txt'].map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  const out = [{ name: 'seeds (2 articles)', texts: seeds }];
  if (existsSync(BASIL)) {
    const texts: string[] = [];
    for (const year of readdirSync(BASIL).sort()) {
      for (const file of readdirSync(join(BASIL, year)).sort()) {
        const art = JSON.parse(readFileSync(join(BASIL, year, file), 'utf8'));
        texts.push((art['body-paragraphs'] as string[][]).map((p) => p.join(' ')).join('\n\n'));
      }
    }
    out.push({ name: `BASIL dev (${texts.length} articles)`, texts });
  }
  // Short articles built from the seeds' own sentences, so no outside text is needed.
  const sentences = seeds.join('\n').split(/(?<=[.!?”])\s+/).filter((s) => s.length > 40);
  const short = Array.from({ length: 2000 }, (_, i) => [0, 1, 2].map((k) => sentences[(i * 7 + k * 13) % sentences.length]).join(' '));
  out.push({ name: '2,000 short articles (3 sentences)', texts: short });
  return out;
}

export async function run(): Promise<void> {
  const { nlp } = await import('../../lib/nlp/wink');
  const { ingest } = await import('../../lib/ingest');
  const { extractClaims } = await import('../../lib/claims');
  for (const { name, texts } of corpora()) {
    let tokens = 0;
    for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
    const rounds = texts.length > 500 ? 1 : 3;
    let claims = 0;
    const analyse = () => {
      claims = 0;
      for (let i = 0; i < texts.length; i++) claims += extractClaims(ingest({ text: texts[i] }, `a${i + 1}`)).claims.length;
    };
    analyse(); // warm-up: JIT and wink caches
    const winkMs = cpuMs(() => texts.forEach((t) => nlp.readDoc(t)), rounds);
    const ms = cpuMs(analyse, rounds);
    console.log(
      `${name}: ${tokens} tokens, ${claims} claims; ingest+claims ${ms.toFixed(0)} ms CPU = ${Math.round((tokens / ms) * 1000).toLocaleString('en')} tokens/s ` +
        `(${(ms / texts.length).toFixed(2)} ms/article); wink readDoc alone ${Math.round((tokens / winkMs) * 1000).toLocaleString('en')} tokens/s`,
    );
  }
}

if (require.main === module) run();
