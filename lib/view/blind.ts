// Blind mode: every outlet name becomes "Source A/B/C" before anything is rendered or exported,
// so no view or export can leak a name by forgetting to check a flag.
import type { Analysis } from '../contract/types';
import { blindLabel } from './source-labels';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces each outlet name (longest first, so "Times" cannot eat "Example Times") in a free-text note. */
function makeRedactor(replacements: Array<[string, string]>) {
  const named = replacements.filter(([name]) => name.trim().length > 0).sort((x, y) => y[0].length - x[0].length);
  if (named.length === 0) return (text: string) => text;
  const pattern = new RegExp(named.map(([name]) => escapeRegExp(name)).join('|'), 'g');
  const byName = new Map(named);
  return (text: string) => text.replace(pattern, (match) => byName.get(match) ?? match);
}

/** Replaces the analysis' outlet names in a free text (the comparison's title, say). */
export function blindText(analysis: Analysis, text: string): string {
  return makeRedactor(analysis.articles.map((a, i) => [a.outlet, blindLabel(i)]))(text);
}

/**
 * A copy of the analysis with outlet names replaced by neutral labels in every label, title and note.
 * URLs and bylines are dropped (a domain or a byline names the outlet). Article and claim text is left
 * as it is: changing it would break the offsets every highlight relies on.
 */
export function blindAnalysis(analysis: Analysis): Analysis {
  const labelOf = new Map(analysis.articles.map((a, i) => [a.id, blindLabel(i)]));
  const redact = makeRedactor(analysis.articles.map((a, i) => [a.outlet, blindLabel(i)]));
  return {
    ...analysis,
    articles: analysis.articles.map((article) => ({
      ...article,
      outlet: labelOf.get(article.id)!,
      title: redact(article.title),
      byline: null,
      url: null,
    })),
    groups: analysis.groups.map((group) => ({
      ...group,
      summary: redact(group.summary),
      discrepancies: group.discrepancies.map((d) => ({ ...d, note: redact(d.note) })),
      tone: group.tone && { ...group.tone, note: redact(group.tone.note) },
    })),
    discrepancies: analysis.discrepancies.map((d) => ({ ...d, subject: redact(d.subject), note: redact(d.note) })),
    sources: analysis.sources.map((s) => ({ ...s, outlet: labelOf.get(s.article) ?? redact(s.outlet) })),
  };
}
