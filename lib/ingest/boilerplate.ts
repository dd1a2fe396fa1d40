// Page furniture recognised by the patterns of lexicons/boilerplate.json (data, not code).
import lexicon from '../../lexicons/boilerplate.json';

export type BoilerplateScope = 'line' | 'list-start' | 'list-end' | 'credit' | 'byline' | 'dateline' | 'repeat-prefix';

export interface BoilerplateRule {
  id: string;
  scope: BoilerplateScope;
  reason: string;
  note: string;
  pattern: RegExp;
}

export const BOILERPLATE_RULES: BoilerplateRule[] = lexicon.entries.map((entry) => ({
  id: entry.id,
  scope: entry.scope as BoilerplateScope,
  reason: entry.reason,
  note: entry.note,
  pattern: new RegExp(entry.pattern, entry.flags),
}));

const LINE_SCOPES: BoilerplateScope[] = ['line', 'list-start', 'list-end', 'credit', 'byline', 'repeat-prefix'];

/** The first rule whose pattern matches the whole line, or null. Datelines are prefixes and matched elsewhere. */
export function matchBoilerplateLine(line: string): { rule: BoilerplateRule; match: RegExpExecArray } | null {
  // Real paragraphs are long; furniture is short. This also keeps the regexes off long lines.
  if (line.length > 400) return null;
  // A long line ending like a sentence is prose; furniture lines are short or end without a full stop.
  if (line.length > 160 && /[.!?]["”’]?$/.test(line)) return null;
  for (const rule of BOILERPLATE_RULES) {
    if (!LINE_SCOPES.includes(rule.scope)) continue;
    const match = rule.pattern.exec(line);
    if (match && match.index === 0 && match[0].length === line.length) return { rule, match };
  }
  return null;
}

const DATELINE_RULE = BOILERPLATE_RULES.find((rule) => rule.scope === 'dateline');

/** A dateline prefix ("WASHINGTON —", "LONDON, May 3 (Reuters) -") at the start of a paragraph. */
export function matchDateline(paragraph: string): { rule: BoilerplateRule; place: string; length: number } | null {
  if (!DATELINE_RULE) return null;
  const match = DATELINE_RULE.pattern.exec(paragraph);
  if (!match || match.index !== 0) return null;
  // The rest must be a real sentence, not a one-word heading followed by a dash.
  if (paragraph.length - match[0].length < 20) return null;
  return { rule: DATELINE_RULE, place: match[1].trim(), length: match[0].length };
}
