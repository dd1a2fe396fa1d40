// Claims evaluation on the BASIL development articles (../shared/devdata/basil, when present):
// claims per article, share attributed, kinds, removed lines, quoted spans inside attributed claims,
// and a fixed random sample of claims printed for a hand check. Run: npx tsx scripts/eval/claims.ts [sampleSize] [seed]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../lib/ingest';
import { extractClaims } from '../../lib/claims';

const DEV = join(__dirname, '..', '..', '..', 'shared', 'devdata', 'basil');

interface BasilArticle {
  name: string;
  title: string;
  text: string;
  source: string;
  quotedSpans: Array<{ sentence: string; start: number; txt: string }>;
}

function loadBasil(): BasilArticle[] {
  const out: BasilArticle[] = [];
  for (const year of readdirSync(join(DEV, 'articles')).sort()) {
    for (const file of readdirSync(join(DEV, 'articles', year)).sort()) {
      const art = JSON.parse(readFileSync(join(DEV, 'articles', year, file), 'utf8'));
      const annPath = join(DEV, 'annotations', year, file.replace('.json', '_ann.json'));
      const ann = existsSync(annPath) ? JSON.parse(readFileSync(annPath, 'utf8')) : { 'phrase-level-annotations': [] };
      const sentences: string[] = (art['body-paragraphs'] as string[][]).flat();
      const quotedSpans = (ann['phrase-level-annotations'] as any[])
        .filter((x) => x.id !== 'title' && x.quote === 'yes' && sentences[Number(x.id.slice(1))])
        .map((x) => ({ sentence: sentences[Number(x.id.slice(1))], start: x.start, txt: x.txt }));
      const text = (art['body-paragraphs'] as string[][]).map((p) => p.join(' ')).join('\n\n');
      out.push({ name: `${year}/${file}`, title: art.title, text, source: String(art.source).toLowerCase(), quotedSpans });
    }
  }
  return out;
}

// Deterministic pseudo-random sample (mulberry32), so the hand check can be reproduced.
function sampler(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main() {
  if (!existsSync(DEV)) {
    console.log('claims eval: ../shared/devdata/basil not found; nothing to measure.');
    return;
  }
  const sampleSize = Number(process.argv[2] ?? 30);
  const random = sampler(Number(process.argv[3] ?? 7));
  const articles = loadBasil();
  let claims = 0, attributed = 0, vague = 0, direct = 0, removed = 0, quoted = 0, quotedWithSpeaker = 0, entities = 0;
  const kinds: Record<string, number> = {};
  const all: Array<{ article: string; text: string; kind: string; speaker: string; content: string }> = [];
  const t0 = process.hrtime.bigint();
  for (const a of articles) {
    const article = extractClaims(ingest({ text: a.text, title: a.title, outlet: a.source }, 'a1'));
    claims += article.claims.length;
    removed += article.removed.length;
    for (const c of article.claims) {
      kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
      entities += c.entities.length;
      if (c.speaker) {
        attributed++;
        if (c.speaker.vague) vague++;
        if (c.speaker.quote === 'direct') direct++;
      }
      all.push({
        article: a.name,
        text: c.text,
        kind: c.kind,
        speaker: c.speaker ? `${c.speaker.name ?? '(unnamed)'} | ${c.speaker.role ?? '-'} | ${c.speaker.verb} | ${c.speaker.quote}${c.speaker.vague ? ' | vague' : ''}` : '-',
        content: c.speaker?.content?.text ?? '',
      });
    }
    for (const q of a.quotedSpans) {
      const at = article.text.indexOf(q.sentence);
      const p = at >= 0 ? at + q.start : article.text.indexOf(q.txt);
      if (p < 0) continue;
      quoted++;
      const c = article.claims.find((x) => x.start <= p && p < x.end);
      if (c?.speaker) quotedWithSpeaker++;
    }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  console.log(`BASIL dev: ${articles.length} articles, ${claims} claims, ${(claims / articles.length).toFixed(1)} claims/article`);
  console.log(`attributed ${pct(attributed, claims)} (vague ${pct(vague, attributed)} of attributed, direct ${pct(direct, attributed)})`);
  console.log(`kinds ${Object.entries(kinds).map(([k, n]) => `${k} ${pct(n, claims)}`).join(', ')}`);
  console.log(`entities ${(entities / Math.max(1, claims)).toFixed(2)} per claim; removed ${removed} lines/prefixes`);
  console.log(`BASIL quoted spans inside a claim with a speaker: ${pct(quotedWithSpeaker, quoted)} of ${quoted}`);
  console.log(`ingest+claims time ${ms.toFixed(0)} ms (${(ms / articles.length).toFixed(1)} ms/article)`);
  console.log(`\nRandom sample of ${sampleSize} claims for a hand check:`);
  const picked = new Set<number>();
  while (picked.size < Math.min(sampleSize, all.length)) picked.add(Math.floor(random() * all.length));
  [...picked].sort((a, b) => a - b).forEach((i, n) => {
    const c = all[i];
    console.log(`\n#${n + 1} [${c.kind}] ${c.article}\n  ${c.text}\n  speaker: ${c.speaker}${c.content ? `\n  content: ${c.content}` : ''}`);
  });
}

main();
