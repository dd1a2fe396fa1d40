// One line per list of the report, in words an editor reads at a glance.
import type { CheckReport } from './types';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summaryLines(report: Omit<CheckReport, 'summary'>): CheckReport['summary'] {
  const several = report.missing.filter((m) => m.carriedBy > 1).length;
  const byKind = (kind: string) => report.quotes.filter((q) => q.kind === kind).length;
  const sourcing = (s: string) => report.draftOnly.filter((d) => d.sourcing === s).length;
  return {
    missing: report.missing.length
      ? `${count(report.missing.length, 'reference claim')} not in the draft${several ? `, ${several} of them carried by more than one reference` : ''}.`
      : 'Every reference claim has a counterpart in the draft.',
    conflicts: report.conflicts.length
      ? `${count(report.conflicts.length, 'value')} the draft states differently: ${[...new Set(report.conflicts.map((c) => c.kind))].join(', ')}.`
      : 'No number, date, role holder or polarity differs from the references.',
    draftOnly: report.draftOnly.length
      ? `${count(report.draftOnly.length, 'draft claim')} no reference supports: ${sourcing('named')} named, ${sourcing('vague')} vaguely sourced, ${sourcing('none')} unattributed.`
      : 'Every draft claim has a counterpart in a reference.',
    quotes: report.quotes.length
      ? `${count(byKind('speaker-absent'), 'speaker')} quoted only in references, ${count(byKind('different-words'), 'quotation')} in other words, ${count(byKind('different-speaker'), 'quotation')} given to another speaker.`
      : 'No quotation differs from the references.',
    wording: report.wording.length
      ? `${count(report.wording.length, 'loaded word or label', 'loaded words or labels')} in the draft's own voice.`
      : "No loaded wording in the draft's own voice.",
  };
}
