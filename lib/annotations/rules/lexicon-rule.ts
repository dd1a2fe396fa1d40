// The shape most rules share: one lexicon file, each matched entry becomes one finding citing it.
import type { AnnotationKind } from '../../contract/types';
import { compileLexicon, matchPhrases, type LexiconEntry, type LexiconFile } from '../lexicon';
import type { Finding, Rule, RuleContext } from '../types';

export function lexiconRule<E extends LexiconEntry>(
  kind: AnnotationKind,
  file: string,
  data: LexiconFile<E>,
  accept: (entry: E, context: RuleContext, from: number, to: number) => boolean = () => true,
): Rule {
  const matcher = compileLexicon(file, data);
  return (context) =>
    matchPhrases(matcher, context.tokens, context.from, context.to)
      .filter((m) => accept(m.entry, context, m.from, m.to))
      .map((m): Finding => ({
        kind,
        start: m.start,
        end: m.end,
        note: m.entry.note,
        ...(m.entry.alternative ? { alternative: m.entry.alternative } : {}),
        entry: m.entry.id,
        source: m.entry.lists?.length ? `${file} (also in: ${m.entry.lists.join(', ')})` : file,
      }));
}
