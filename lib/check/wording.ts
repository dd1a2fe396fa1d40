// The draft's own-voice loaded words, labels and loaded reporting verbs, each with its note and neutral
// alternative, and what the references write in its place when they describe the same thing.
import { counterpartIn, claimRef, type CheckContext } from './context';
import type { WordingFinding } from './types';
import { wordDiff } from './word-diff';

const KINDS = new Set(['loaded', 'label', 'reporting-verb']);

export function wordingFindings(context: CheckContext): WordingFinding[] {
  const findings: WordingFinding[] = [];
  for (const claim of context.draft.claims) {
    const own = claim.annotations.filter((a) => a.voice === 'narrator' && KINDS.has(a.kind) && (a.kind !== 'reporting-verb' || a.alternative));
    if (!own.length) continue;
    const counterparts = context.references
      .map((reference) => ({ reference, counterpart: counterpartIn(context, claim, reference) }))
      .filter((c) => c.counterpart);
    for (const annotation of own) {
      const word = annotation.text.toLowerCase();
      const references: WordingFinding['references'] = [];
      for (const { reference, counterpart } of counterparts) {
        const diff = wordDiff(claim.text, counterpart!.claim.text);
        // the reference's words in place of a changed stretch of the draft that holds the annotated word
        for (let i = 0; i < diff.length; i++) {
          if (diff[i].op !== 'draft' || !diff[i].text.toLowerCase().split(' ').some((w) => word.split(/\s+/).includes(w))) continue;
          const replacement = diff[i + 1]?.op === 'reference' ? diff[i + 1] : diff[i - 1]?.op === 'reference' ? diff[i - 1] : null;
          if (replacement && replacement.text.split(' ').length <= 4) references.push({ outlet: reference.outlet, claim: counterpart!.claim.id, text: replacement.text });
        }
      }
      findings.push({
        ...claimRef(context, claim),
        kind: annotation.kind,
        word: { start: annotation.start, end: annotation.end, text: annotation.text },
        note: annotation.note,
        alternative: annotation.alternative ?? null,
        entry: annotation.entry,
        references,
      });
    }
  }
  return findings;
}
