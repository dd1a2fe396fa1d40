// Sentiment: the tone of the narrator's evaluative words (Hu & Liu opinion words, AFINN-165 intensities), with
// the words behind each score and the tone attached to each actor. Word-list scores are weak on news (STACK.md): show the words, compare, don't trust absolutes.
import type { Sentiment as ClaimSentiment } from '../contract/types';
import type { ExtractedClaim } from '../contract/stages';
import type { Token } from '../annotations/tokens';
import { quotedSpans } from '../annotations/voice';
import { scoreEvaluative } from './evaluative';
import { actorMentions, actorTone } from './actor-tone';

export { compareTone } from './compare-tone';

/**
 * Tokens inside an actor's name or a quotation, as a mask over `[from, to)`: built in one pass over the
 * spans, since a test of every span for every token made 27,000 names in one claim take seconds.
 */
function skippedTokens(claim: ExtractedClaim, tokens: Token[], from: number, to: number, mentions: { from: number; to: number }[]): (i: number) => boolean {
  const mask = new Uint8Array(Math.max(0, to - from));
  for (const m of mentions) mask.fill(1, Math.max(0, m.from - from), Math.max(0, Math.min(to, m.to) - from));
  const quoted = quotedSpans(claim).slice().sort((x, y) => x.start - y.start);
  let i = from;
  for (const q of quoted) {
    while (i < to && tokens[i].start < q.start) i++;
    for (let k = i; k < to && tokens[k].end <= q.end; k++) mask[k - from] = 1;
  }
  return (index: number) => mask[index - from] === 1;
}

/**
 * A claim's sentiment: tokens `[from, to)` are the claim's slice of the article's tokens. Only the narrator's
 * evaluative words count (`./evaluative`): a claim without any is neutral, whatever AFINN makes of its verbs.
 */
export function scoreClaimSentiment(claim: ExtractedClaim, tokens: Token[], from: number, to: number): ClaimSentiment {
  const mentions = actorMentions(claim, tokens, from, to).filter((m) => m.to <= to && m.from >= from);
  const skip = skippedTokens(claim, tokens, from, to, mentions);
  const scored = scoreEvaluative(tokens, from, to, skip);
  const score = scored.reduce((sum, s) => sum + s.score, 0);
  return {
    score,
    comparative: Number((score / Math.max(1, to - from)).toFixed(4)),
    label: score < 0 ? 'negative' : score > 0 ? 'positive' : 'neutral',
    words: scored.map((s) => ({ word: s.word, score: s.score })),
    actorTone: actorTone(mentions, scored),
  };
}
