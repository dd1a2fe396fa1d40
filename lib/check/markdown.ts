// The report as Markdown an editor can paste into a ticket. Input text is quoted as text: characters
// that Markdown would read as markup are escaped, and line breaks inside a claim become spaces.
import type { CheckReport } from './types';

const plain = (text: string) => text.replace(/\r\n?|\n/g, ' ').replace(/([\\`*_{}\[\]<>()#+!|~])/g, '\\$1');
const quoted = (text: string) => `“${plain(text)}”`;

export function checkReportMarkdown(report: CheckReport): string {
  const lines: string[] = [];
  lines.push(`# Draft check: ${plain(report.draft.title || report.draft.outlet)}`, '');
  lines.push(`Against ${report.references.map((r) => plain(r.outlet)).join(', ')}.`, '');
  const section = (title: string, summary: string, items: string[]) => {
    lines.push(`## ${title}`, '', summary, '');
    if (items.length) lines.push(...items, '');
  };
  section('Missing from the draft', report.summary.missing, report.missing.map((m) => `- **${plain(m.outlet)}**${m.carriedBy > 1 ? ` (and ${m.carriedBy - 1} more)` : ''}: ${quoted(m.text)}`));
  section('Stated differently', report.summary.conflicts, report.conflicts.map((c) => `- ${plain(c.note)} Draft: ${quoted(c.draft.text)}`));
  section('Only in the draft', report.summary.draftOnly, report.draftOnly.map((d) => `- ${quoted(d.text)} (${d.sourcing === 'named' ? `named source: ${plain(d.speaker ?? '')}` : d.sourcing === 'vague' ? 'vague source' : 'no source'})`));
  section('Quotations', report.summary.quotes, report.quotes.map((q) => `- ${plain(q.note)}${q.draft ? ` Draft: ${quoted(q.draft.quote)}` : ''} ${plain(q.reference.outlet)}: ${quoted(q.reference.quote)}`));
  section(
    "The draft's own wording",
    report.summary.wording,
    report.wording.map((w) => `- ${quoted(w.word.text)} (${w.kind}): ${plain(w.note)}${w.alternative ? ` Neutral: ${plain(w.alternative)}.` : ''}${w.references.length ? ` References write: ${w.references.map((r) => `${plain(r.outlet)} ${quoted(r.text)}`).join(', ')}.` : ''}`),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
