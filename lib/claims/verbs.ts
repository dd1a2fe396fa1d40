// Reporting verbs from lexicons/reporting-verbs.json, looked up by written form.
import lexicon from '../../lexicons/reporting-verbs.json';

export type VerbType = 'say' | 'tell' | 'write' | 'describe' | 'call' | 'directive' | 'according' | 'after-quote';

export interface ReportingVerb {
  id: string;
  lemma: string;
  type: VerbType;
}

export const VERB_BY_FORM = new Map<string, ReportingVerb>();
for (const entry of lexicon.entries) {
  for (const form of entry.forms) {
    if (!VERB_BY_FORM.has(form)) VERB_BY_FORM.set(form, { id: entry.id, lemma: entry.lemma, type: entry.type as VerbType });
  }
}
