// Markdown handout for a class: the sources, what they share, where they differ, the wording to
// look at (each highlight with its plain-words note), and questions for discussion.
import type { Analysis, Claim } from '../contract/types';
import { actorUseText, compareLabels } from '../profiles/compare-labels';
import { indexClaims } from '../view/claim-index';
import { coverageSummary, isConflict } from '../view/coverage';
import { annotationKindInfo } from '../view/annotation-kinds';
import { formatScore } from '../view/tone';
import { sourceLabels } from '../view/source-labels';
import { prepare, type ExportOptions } from './options';

/** Keeps article text from turning into Markdown syntax (links, emphasis, headings, tables). */
export function escapeMarkdown(text: string): string {
  // Every line break, a lone CR included (some Markdown readers end a line there), becomes a space.
  return text.replace(/([\\`*_{}\[\]()#+!|<>~])/g, '\\$1').replace(/\r\n?|\n/g, ' ');
}

/** A handout lists a few differences per group; the CSV and JSON exports keep all of them. */
const MAX_PER_GROUP = 5;

const quote = (text: string) => `“${escapeMarkdown(text)}”`;

function claimLine(claim: Claim, label: string): string {
  const speaker = claim.speaker ? ` — ${escapeMarkdown(claim.speaker.name ?? 'unnamed source')} (${claim.speaker.verb}, ${claim.speaker.quote})` : '';
  return `- **${escapeMarkdown(label)}:** ${quote(claim.text)}${speaker} · tone ${formatScore(claim.sentiment.score)}`;
}

export function toMarkdown(analysis: Analysis, options: ExportOptions = {}): string {
  const view = prepare(analysis, options);
  const labels = sourceLabels(view);
  const index = indexClaims(view);
  const coverage = coverageSummary(view);
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(options.title?.trim() || 'Comparison')}`, '');
  out.push('## Sources', '');
  for (const article of view.articles) {
    const title = article.title.trim() ? `: ${quote(article.title)}` : '';
    out.push(`- **${escapeMarkdown(labels[article.id])}**${title} (${article.wordCount} words, ${article.claims.length} claims)`);
  }
  out.push('', '## Coverage at a glance', '');
  out.push(`- ${coverage.total} happenings (claim groups) in all`);
  out.push(`- ${coverage.sharedByAll} reported by every source, ${coverage.sharedBySome} by some, ${coverage.conflict} in conflict`);
  for (const u of coverage.uniqueBySource) out.push(`- ${u.count} reported only by ${escapeMarkdown(labels[u.article])}`);

  if (view.discrepancies.length || view.groups.some(isConflict)) {
    out.push('', '## Where the sources disagree', '');
    for (const d of view.discrepancies) {
      const values = d.values.map((v) => `${escapeMarkdown(labels[v.article] ?? v.article)}: ${escapeMarkdown(v.value)}`).join('; ');
      out.push(`- **${escapeMarkdown(d.subject)}** — ${values}. ${escapeMarkdown(d.note)}`);
    }
    for (const group of view.groups.filter(isConflict)) {
      for (const d of group.discrepancies.slice(0, MAX_PER_GROUP)) out.push(`- **${escapeMarkdown(group.summary)}** (${d.kind}) — ${escapeMarkdown(d.note)}`);
      if (group.discrepancies.length > MAX_PER_GROUP) out.push(`  - …and ${group.discrepancies.length - MAX_PER_GROUP} more differences`);
      if (!group.discrepancies.length) out.push(`- **${escapeMarkdown(group.summary)}** — the sources state this differently.`);
    }
  }

  const shared = view.groups.filter((g) => g.articles.length > 1);
  if (shared.length) {
    out.push('', '## Reported by more than one source', '');
    for (const group of shared) {
      out.push(`### ${escapeMarkdown(group.summary)}`, '');
      for (const id of group.claims) {
        const claim = index.claim.get(id);
        if (!claim) continue;
        out.push(claimLine(claim, labels[claim.articleId]));
        const adds = index.memberOf.get(id)?.adds ?? [];
        if (adds.length) out.push(`  - only here: ${adds.map(escapeMarkdown).join(', ')}`);
      }
      if (group.tone?.note) out.push(`- *Tone:* ${escapeMarkdown(group.tone.note)}`);
      out.push('');
    }
  }

  for (const u of coverage.uniqueBySource.filter((u) => u.count > 0)) {
    out.push('', `## Only in ${escapeMarkdown(labels[u.article])}`, '');
    for (const group of view.groups.filter((g) => g.articles.length === 1 && g.articles[0] === u.article && !isConflict(g))) {
      for (const id of group.claims) {
        const claim = index.claim.get(id);
        if (claim) out.push(claimLine(claim, labels[claim.articleId]));
      }
    }
  }

  const actorRows = compareLabels(view.sources, view.articles);
  if (actorRows.length) {
    out.push('', '## How each source names the actors', '');
    out.push(`| Actor | ${view.sources.map((s) => escapeMarkdown(labels[s.article] ?? s.outlet)).join(' | ')} |`);
    out.push(`|---|${view.sources.map(() => '---|').join('')}`);
    for (const row of actorRows) {
      const actor = `${escapeMarkdown(row.actor)}${row.differs ? ' (named differently)' : ''}`;
      out.push(`| ${actor} | ${row.bySource.map((s) => escapeMarkdown(actorUseText(s))).join(' | ')} |`);
    }
  }

  const annotated = view.articles.flatMap((a) => a.claims.flatMap((c) => c.annotations.map((an) => ({ an, article: a.id }))));
  if (annotated.length) {
    out.push('', '## Wording to look at', '');
    out.push('| Source | Words | What it is | Voice | Note | Neutral alternative |', '|---|---|---|---|---|---|');
    for (const { an, article } of annotated) {
      const info = annotationKindInfo(an.kind);
      out.push(`| ${escapeMarkdown(labels[article])} | ${quote(an.text)} | ${info.marker} ${escapeMarkdown(info.label)} | ${an.voice === 'quoted' ? 'quoted speaker' : 'the outlet'} | ${escapeMarkdown(an.note)} | ${an.alternative ? escapeMarkdown(an.alternative) : ''} |`);
    }
  }

  out.push('', '## Questions for discussion', '');
  out.push('1. Which facts does only one source report? Why might the others leave them out?');
  out.push('2. Where the sources disagree, how could you check which one is right?');
  out.push('3. Who is quoted in each source, and who is not?');
  out.push('4. Pick one highlighted word. How does the neutral alternative change the sentence?');
  return `${out.join('\n')}\n`;
}
