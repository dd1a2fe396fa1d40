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
 * A claim's sentiment: tokens `[from, to)` are the claim's slice of the article's tokens. Only the narrator's
 * evaluative words count (`./evaluative`): a claim without any is neutral, whatever AFINN makes of its verbs.
 */
export function scoreClaimSentiment(claim: ExtractedClaim, tokens: Token[], from: number, to: number): ClaimSentiment {
  const mentions = actorMentions(claim, tokens, from, to).filter((m) => m.to <= to && m.from >= from);
  const quoted = quotedSpans(claim);
  const skip = (i: number) =>
    mentions.some((m) => m.from <= i && i < m.to) || quoted.some((q) => q.start <= tokens[i].start && tokens[i].end <= q.end);
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
