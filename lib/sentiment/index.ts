// Sentiment: AFINN-165 scores from the `sentiment` package, with the words behind each score and the tone
// attached to each actor. Word-list scores are weak on news (STACK.md): show the words, compare, don't trust absolutes.
import Sentiment from 'sentiment';
import type { Sentiment as ClaimSentiment } from '../contract/types';
import type { ExtractedClaim } from '../contract/stages';
import type { Token } from '../annotations/tokens';
import { scoreTokens } from './afinn';
import { actorMentions, actorTone } from './actor-tone';

export { compareTone } from './compare-tone';

const analyzer = new Sentiment();

/** The package splits on spaces and strips ASCII punctuation only: curly quotes and dashes would glue to words. */
function forPackage(text: string): string {
  return text.replace(/[“”«»„]/g, ' ').replace(/[‘’]/g, "'").replace(/[—–]/g, ' ');
}

export function scoreSentiment(text: string): ClaimSentiment {
  const result = analyzer.analyze(forPackage(text));
  const words = result.calculation.map((entry) => {
    const [word, score] = Object.entries(entry)[0];
    return { word, score: Number(score) };
  });
  return {
    score: result.score,
    comparative: Number(result.comparative.toFixed(4)),
    label: result.score < 0 ? 'negative' : result.score > 0 ? 'positive' : 'neutral',
    words: words.reverse(),
    actorTone: [],
  };
}

/** Blanks the actors' names out of the claim text: "United States" or "Hope, Arkansas" carry no tone. One pass over the claim, however many names (27,000 of "Rome," once took seconds when each was blanked by rebuilding the text). */
function withoutNames(claim: ExtractedClaim, tokens: Token[], mentions: { from: number; to: number }[]): string {
  const text = claim.text;
  const blanks = mentions
    .map((m) => [tokens[m.from].start - claim.start, tokens[m.to - 1].end - claim.start] as const)
    .filter(([start, end]) => start >= 0 && end <= text.length)
    .sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of blanks) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    pieces.push(text.slice(at, from), ' '.repeat(end - from));
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/**
 * A claim's sentiment with `actorTone`: tokens `[from, to)` are the claim's slice of the article's tokens.
 * The package scores the claim with the actors' names blanked out, and no word inside a name is attached to an actor.
 */
export function scoreClaimSentiment(claim: ExtractedClaim, tokens: Token[], from: number, to: number): ClaimSentiment {
  const mentions = actorMentions(claim, tokens, from, to).filter((m) => m.to <= to && m.from >= from);
  const base = scoreSentiment(withoutNames(claim, tokens, mentions));
  const inName = new Uint8Array(Math.max(0, to - from));
  for (const m of mentions) inName.fill(1, m.from - from, m.to - from);
  const tones = actorTone(mentions, scoreTokens(tokens, from, to).filter((s) => !inName[s.index - from]));
  return { ...base, actorTone: tones };
}
