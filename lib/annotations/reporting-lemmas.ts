// The verbs that report speech: the claims stage's reporting verbs plus the report verbs of Recasens et al.
// (2013). Used as a guard: a reporting verb is the reporter's choice of verb ("stressed that", "insisted"), judged
// by the reporting-verb rule alone, never read as the outlet's sentiment or as an opinion word.
import claimsVerbs from '../../lexicons/reporting-verbs.json';
import published from '../../lexicons/annotations-published.json';
import type { Token } from './tokens';

const lemmas = new Set<string>([
  ...(claimsVerbs.entries as { lemma?: string }[]).map((e) => (e.lemma ?? '').toLowerCase()).filter(Boolean),
  ...published.reportVerbs,
]);

/** A verb token whose lemma (or form) is a reporting verb. */
export function isReportingVerb(token: Token): boolean {
  return (token.pos === 'VERB' || token.pos === 'AUX') && (lemmas.has(token.lemma) || lemmas.has(token.lower));
}
