// `npx tsx scripts/eval/leads.ts [paragraphs]`: issue 11's "three outlets' leads plus a neutral summary" check,
// rebuilt on the BASIL 2010-2012 dev events. Each comparison holds the three outlets' leads (headline and the
// first `paragraphs` paragraphs, 4 by default), the event's one-sentence neutral description (BASIL's
// `main-event`, written by the AllSides editors, not by an outlet) as a fourth article, and the lead of an
// unrelated event. It prints: headline pairs of the three leads in one group; summary sentences whose
// group holds a claim of an outlet's lead; the unrelated lead's claims that share a group with the
// event's articles. Nothing here is fitted: it reports what the shipped settings do.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/pipeline';

const BASIL = join(__dirname, '..', '..', '..', 'shared', 'devdata', 'basil', 'articles');

interface Lead { event: string; outlet: string; title: string; text: string; summary: string }

function readLeads(paragraphs: number): Lead[] {
  const leads: Lead[] = [];
  for (const year of readdirSync(BASIL).sort())
    for (const file of readdirSync(join(BASIL, year)).sort()) {
      const a = JSON.parse(readFileSync(join(BASIL, year, file), 'utf8'));
      const body = (a['body-paragraphs'] as string[][]).slice(0, paragraphs).map((p) => p.join(' ')).join('\n\n');
      leads.push({ event: a['triplet-uuid'], outlet: String(a.source).toLowerCase(), title: a.title, text: body, summary: a['main-event'] });
    }
  return leads;
}

function main() {
  if (!existsSync(BASIL)) return console.log('leads: no devdata');
  const paragraphs = Number(process.argv[2] ?? 4);
  const leads = readLeads(paragraphs);
  const events = [...new Set(leads.map((l) => l.event))];
  let headlinePairs = 0, headlinesTogether = 0, summaryClaims = 0, summaryAligned = 0, strayClaims = 0, strayAligned = 0;
  const missedSummaries: string[] = [];
  events.forEach((event, k) => {
    const triplet = leads.filter((l) => l.event === event);
    if (triplet.length !== 3) return;
    const unrelated = leads.find((l) => l.event === events[(k + 7) % events.length])!;
    const analysis = analyze([
      ...triplet.map((l) => ({ outlet: l.outlet, title: l.title, text: l.text })),
      { outlet: 'summary', text: triplet[0].summary },
      { outlet: `unrelated-${unrelated.outlet}`, title: unrelated.title, text: unrelated.text },
    ]);
    const groupOf = new Map(analysis.groups.flatMap((g) => g.claims.map((c) => [c, g] as const)));
    const outletIds = new Set(analysis.articles.slice(0, 3).map((a) => a.id));
    const heads = analysis.articles.slice(0, 3).map((a) => a.claims.find((c) => c.kind === 'headline')?.id);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++)
        if (heads[i] && heads[j]) { headlinePairs++; if (groupOf.get(heads[i]!) === groupOf.get(heads[j]!)) headlinesTogether++; }
    for (const claim of analysis.articles[3].claims) {
      summaryClaims++;
      if (groupOf.get(claim.id)!.articles.some((a) => outletIds.has(a))) summaryAligned++;
      else missedSummaries.push(claim.text);
    }
    const stray = analysis.articles[4];
    const eventIds = new Set(analysis.articles.slice(0, 4).map((a) => a.id));
    for (const claim of stray.claims) {
      strayClaims++;
      if (groupOf.get(claim.id)!.articles.some((a) => eventIds.has(a))) strayAligned++;
    }
  });
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}% (${a}/${b})`;
  console.log(`BASIL dev, ${events.length} events, leads of ${paragraphs} paragraphs`);
  console.log(`headline pairs in one group: ${pct(headlinesTogether, headlinePairs)}`);
  console.log(`neutral summary (main-event) claims aligned with an outlet: ${pct(summaryAligned, summaryClaims)}`);
  console.log(`unrelated lead's claims aligned with the event: ${pct(strayAligned, strayClaims)}`);
  if (process.env.SHOW_MISSES) for (const text of missedSummaries) console.log(`  missed: ${text}`);
}

main();
