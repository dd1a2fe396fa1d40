// Prints groups for a hand check (docs/alignment.md): for ECB+ topics, each group holding gold sentences, with
// the gold event ids of its sentences, so that right, wrong and missed groups can be read off; for BASIL
// events, the shared groups of the three articles.
//   npx tsx scripts/eval/alignment-handcheck.ts ecb 1 3 5     (ECB+ topics by number)
//   npx tsx scripts/eval/alignment-handcheck.ts basil 5       (the first N BASIL events with three articles)
// Needs ../shared/devdata; reads it in place.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { align } from '../../lib/alignment';
import { DEV, ecbTopics, hasDevdata, prepare } from './alignment-data';

function ecb(topics: string[]) {
  for (const t of ecbTopics().filter((x) => topics.includes(x.topic))) {
    const a = align(t.articles);
    const groupOf = new Map<string, string>();
    for (const g of a.groups) for (const id of g.claims) groupOf.set(id, g.id);
    const byGroup = new Map<string, { doc: string; sub: string; events: string[]; text: string }[]>();
    t.gold.forEach((s) => {
      const art = t.articles[s.article];
      const ids = new Set(art.claims.filter((c) => c.start < s.end && c.end > s.start).map((c) => groupOf.get(c.id)!));
      for (const id of ids) (byGroup.get(id) ?? byGroup.set(id, []).get(id)!).push({ doc: art.outlet, sub: t.sub[s.article], events: s.events, text: art.text.slice(s.start, s.end) });
    });
    console.log(`\n### ECB+ topic ${t.topic}: ${t.articles.length} documents, ${t.gold.length} gold sentences, ${byGroup.size} groups hold them`);
    for (const [id, members] of [...byGroup].sort((x, y) => y[1].length - x[1].length)) {
      const events = new Map<string, number>();
      for (const m of members) for (const e of new Set(m.events)) events.set(e, (events.get(e) ?? 0) + 1);
      const top = [...events].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([e, n]) => `${e}×${n}`).join(' ');
      console.log(`  ${id}: ${members.length} gold sentences, subs ${[...new Set(members.map((m) => m.sub))].join('/')}, events ${top}`);
      for (const m of members.slice(0, 4)) console.log(`     [${m.doc} ${m.events.slice(0, 2).join(',')}] ${m.text.slice(0, 130)}`);
    }
  }
}

function basil(count: number) {
  const events = new Map<string, { source: string; title: string; text: string }[]>();
  for (const y of readdirSync(join(DEV, 'basil/articles')).sort()) for (const f of readdirSync(join(DEV, 'basil/articles', y)).sort()) {
    const art = JSON.parse(readFileSync(join(DEV, 'basil/articles', y, f), 'utf8'));
    const text = (art['body-paragraphs'] as string[][]).map((p) => p.join(' ')).join('\n\n');
    const key = art['triplet-uuid'] ?? f.replace(/_\d+\.json$/, '');
    (events.get(key) ?? events.set(key, []).get(key)!).push({ source: String(art.source).toLowerCase(), title: art.title, text });
  }
  for (const [event, arts] of [...events].filter(([, v]) => v.length === 3).slice(0, count)) {
    const articles = prepare(arts.map((x) => ({ outlet: x.source, title: x.title, text: x.text })));
    const a = align(articles);
    const text = new Map(articles.flatMap((x) => x.claims.map((c) => [c.id, `${x.outlet}: ${c.text}`] as const)));
    const shared = a.groups.filter((g) => g.kind !== 'unique');
    const headlines = articles.map((x) => x.claims[0]?.id).filter(Boolean);
    const headlineGroups = new Set(headlines.map((id) => a.groups.find((g) => g.claims.includes(id))!.id));
    console.log(`\n### BASIL ${event}: ${arts[0].title} — ${a.groups.length} groups, ${shared.length} shared; headlines in ${headlineGroups.size} group(s)`);
    for (const g of shared) {
      console.log(`  ${g.id} ${g.kind} [${g.summary}]`);
      for (const m of g.members) console.log(`     ${m.relation.padEnd(7)} ${text.get(m.claim)!.slice(0, 140)}`);
    }
  }
}

if (!hasDevdata()) console.log('hand check: ../shared/devdata not found, skipped');
else if (process.argv[2] === 'ecb') ecb(process.argv.slice(3));
else if (process.argv[2] === 'basil') basil(Number(process.argv[3] ?? 5));
else console.log('usage: npx tsx scripts/eval/alignment-handcheck.ts ecb <topic…> | basil <count>');
