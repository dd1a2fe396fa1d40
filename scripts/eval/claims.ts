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
  quotedSpans: Array<{ sentence: string; start: number; txt: string; speaker: string }>;
  year: string;
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
        .map((x) => ({ sentence: sentences[Number(x.id.slice(1))], start: x.start, txt: x.txt, speaker: String(x.speaker ?? '') }));
      const text = (art['body-paragraphs'] as string[][]).map((p) => p.join(' ')).join('\n\n');
      out.push({ name: `${year}/${file}`, title: art.title, text, source: String(art.source).toLowerCase(), quotedSpans, year });
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
  // Named speakers: BASIL names a quotation's speaker (Michael_Steele) or calls it other_pro/other_anti. A claim
  // matches when its speaker name holds the annotated surname. By year: attribution rules were read on 2010 only.
  const named: Record<string, { n: number; matched: number; spoken: number }> = {};
  // Per event (its three articles), for comparing two versions event by event: PER_EVENT=1 prints them.
  const perEvent: Record<string, { n: number; matched: number }> = {};
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
      // SHOW_UNSPOKEN=1: the quoted spans whose claim has no speaker.
      else if (process.env.SHOW_UNSPOKEN) console.log(`UNSPOKEN ${a.name} ${q.speaker || '-'}\n   ${c?.text ?? q.txt}`);
      const person = q.speaker.split(/[_\s]+/).filter(Boolean);
      if (person.length && !/^other/i.test(q.speaker) && /^\p{Lu}/u.test(person[0])) {
        const row = (named[a.year] ??= { n: 0, matched: 0, spoken: 0 });
        row.n++;
        if (c?.speaker) row.spoken++;
        // A person matches by surname in the speaker's name; a group (Obama_campaign, Tea_Party) when all its
        // words are in the speaker's name or role ("Lis Smith, a spokeswoman for the Obama campaign").
        const surname = person[person.length - 1].toLowerCase();
        const said = `${c?.speaker?.name ?? ''} ${c?.speaker?.role ?? ''}`.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').split(/\s+/);
        const groupWords = person.map((w) => w.toLowerCase().replace(/s$/, ''));
        const asPerson = !!c?.speaker?.name && c.speaker.name.toLowerCase().split(/[\s.]+/).includes(surname);
        const asGroup = person.length > 0 && groupWords.every((w) => said.some((x) => x.replace(/s$/, '') === w));
        if (asPerson || asGroup) row.matched++;
        const event = (perEvent[a.name.replace(/_\d+\.json$/, '')] ??= { n: 0, matched: 0 });
        event.n++;
        if (asPerson || asGroup) event.matched++;
        else if (process.env.SHOW_MISSES) {
          console.log(`MISS ${a.name} want ${q.speaker} got ${c?.speaker ? `${c.speaker.name ?? '(unnamed)'} / ${c.speaker.role ?? '-'} / ${c.speaker.mention?.text ?? '-'}` : 'no speaker'}\n   ${c?.text ?? q.txt}`);
          // SHOW_MISSES=2: the two claims before, with their speakers, to see which pattern the miss belongs to.
          if (process.env.SHOW_MISSES === '2' && c) {
            const i = article.claims.indexOf(c);
            for (const b of article.claims.slice(Math.max(0, i - 2), i)) console.log(`   before: ${b.text}  [${b.speaker ? `${b.speaker.name ?? '(unnamed)'} / ${b.speaker.role ?? '-'}` : '-'}]`);
          }
        }
      }
    }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  console.log(`BASIL dev: ${articles.length} articles, ${claims} claims, ${(claims / articles.length).toFixed(1)} claims/article`);
  console.log(`attributed ${pct(attributed, claims)} (vague ${pct(vague, attributed)} of attributed, direct ${pct(direct, attributed)})`);
  console.log(`kinds ${Object.entries(kinds).map(([k, n]) => `${k} ${pct(n, claims)}`).join(', ')}`);
  console.log(`entities ${(entities / Math.max(1, claims)).toFixed(2)} per claim; removed ${removed} lines/prefixes`);
  console.log(`BASIL quoted spans inside a claim with a speaker: ${pct(quotedWithSpeaker, quoted)} of ${quoted}`);
  const years = Object.keys(named).sort();
  const total = years.reduce((t, y) => ({ n: t.n + named[y].n, matched: t.matched + named[y].matched, spoken: t.spoken + named[y].spoken }), { n: 0, matched: 0, spoken: 0 });
  console.log(`BASIL quotations with a named speaker whose claim names that speaker: ${pct(total.matched, total.n)} of ${total.n} (${years.map((y) => `${y} ${pct(named[y].matched, named[y].n)} of ${named[y].n}`).join(', ')}); with any speaker ${pct(total.spoken, total.n)}`);
  if (process.env.PER_EVENT) for (const [event, r] of Object.entries(perEvent).sort()) console.log(`EVENT ${event} ${r.matched}/${r.n}`);
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
