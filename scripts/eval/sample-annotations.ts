// A fixed random sample of annotations of one kind on the BASIL development articles, with their sentence, for a
// hand check of precision (issue 12). Run: npx tsx scripts/eval/sample-annotations.ts <kind> [n] [seed] [--published]
// --published keeps only the annotations of the published-list rule (entries `published:*`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/pipeline';

const BASIL = join(__dirname, '../../../shared/devdata/basil');

function main() {
  if (!existsSync(BASIL)) return console.log('sample: ../shared/devdata/basil not found, skipped.');
  const [kind, n = '50', seed = '12'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const onlyPublished = process.argv.includes('--published');
  const found: { text: string; voice: string; entry: string; context: string }[] = [];
  for (const year of readdirSync(join(BASIL, 'articles')).sort()) {
    for (const file of readdirSync(join(BASIL, 'articles', year)).sort()) {
      const art = JSON.parse(readFileSync(join(BASIL, 'articles', year, file), 'utf8'));
      const text = (art['body-paragraphs'] as string[][]).map((p) => p.join(' ')).join('\n\n');
      const article = analyze([{ outlet: String(art.source), title: art.title ?? '', text }]).articles[0];
      for (const c of article.claims) {
        for (const a of c.annotations) {
          if (a.kind !== kind || (onlyPublished && !a.entry.startsWith('published:'))) continue;
          const context = `${c.text.slice(0, a.start - c.start)}[[${a.text}]]${c.text.slice(a.end - c.start)}`;
          found.push({ text: a.text, voice: a.voice, entry: a.entry, context });
        }
      }
    }
  }
  // mulberry32: the same sample for the same seed.
  let s = Number(seed) | 0;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const picked = new Set<number>();
  while (picked.size < Math.min(Number(n), found.length)) picked.add(Math.floor(random() * found.length));
  console.log(`${found.length} ${kind} annotations${onlyPublished ? ' (published rule)' : ''}; sample of ${picked.size}, seed ${seed}`);
  [...picked].sort((a, b) => a - b).forEach((i, k) => {
    const f = found[i];
    console.log(`#${k + 1} ${f.entry} (${f.voice}): ${f.context.replace(/\s+/g, ' ').slice(0, 260)}`);
  });
}

main();
