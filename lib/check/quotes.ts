// Quotations: speakers the references quote and the draft does not; the draft's words for a speaker's
// quotation where a reference gives other words (a possible misquote, word by word); and the same
// words given to different speakers.
import type { AnalyzedArticle, Claim } from '../contract/types';
import { claimRef, type CheckContext } from './context';
import type { QuoteFinding } from './types';
import { wordAgreement, wordDiff } from './word-diff';

/** Below this share of shared words two quotations are not the same quotation at all. */
const SAME_QUOTATION = 0.5;
/** At or above it, the same words: for quotes given to different speakers. */
const SAME_WORDS = 0.8;

const surname = (name: string) => name.trim().split(/\s+/).pop()!.toLowerCase().replace(/['’]s$/, '');
const unquote = (text: string) => text.replace(/^[\s"'“”‘’«»„‚‹›]+|[\s"'“”‘’«»„‚‹›]+$/g, '');

interface Quotation {
  claim: Claim;
  text: string;
  speaker: string | null;
}

function quotations(article: AnalyzedArticle): Quotation[] {
  return article.claims.flatMap((claim) => claim.quotes.map((q) => ({ claim, text: unquote(q.text), speaker: claim.speaker?.name ?? null })).filter((q) => q.text.split(/\s+/).length >= 3));
}

export function quoteFindings(context: CheckContext): QuoteFinding[] {
  const findings: QuoteFinding[] = [];
  const draftQuotes = quotations(context.draft);
  const draftSpeakers = new Set(context.draft.claims.map((c) => c.speaker?.name).filter((n): n is string => !!n).map(surname));
  const absentReported = new Set<string>();
  const ref = (q: Quotation) => ({ ...claimRef(context, q.claim), quote: q.text, speaker: q.speaker });

  for (const reference of context.references)
    for (const theirs of quotations(reference)) {
      if (theirs.speaker && !draftSpeakers.has(surname(theirs.speaker)) && !absentReported.has(surname(theirs.speaker))) {
        absentReported.add(surname(theirs.speaker));
        findings.push({ kind: 'speaker-absent', speaker: theirs.speaker, draft: null, reference: ref(theirs), note: `${reference.outlet} quotes ${theirs.speaker}; the draft does not.` });
      }
      let best: { ours: Quotation; agreement: number; diff: ReturnType<typeof wordDiff> } | null = null;
      for (const ours of draftQuotes) {
        const diff = wordDiff(ours.text, theirs.text);
        const agreement = wordAgreement(diff);
        if (!best || agreement > best.agreement) best = { ours, agreement, diff };
      }
      if (!best || best.agreement < SAME_QUOTATION) continue;
      const { ours, agreement, diff } = best;
      const sameSpeaker = !!ours.speaker && !!theirs.speaker && surname(ours.speaker) === surname(theirs.speaker);
      if (sameSpeaker && agreement < 1)
        findings.push({
          kind: 'different-words',
          speaker: theirs.speaker!,
          draft: ref(ours),
          reference: ref(theirs),
          diff,
          note: `The draft quotes ${theirs.speaker} in other words than ${reference.outlet}: ${diff.filter((d) => d.op !== 'same').map((d) => `${d.op === 'draft' ? 'draft' : reference.outlet} "${d.text}"`).join(', ')}.`,
        });
      else if (!sameSpeaker && ours.speaker && theirs.speaker && agreement >= SAME_WORDS)
        findings.push({
          kind: 'different-speaker',
          speaker: theirs.speaker,
          draft: ref(ours),
          reference: ref(theirs),
          note: `The draft gives these words to ${ours.speaker}; ${reference.outlet} gives them to ${theirs.speaker}.`,
        });
    }
  return findings;
}
